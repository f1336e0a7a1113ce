package org.anomalon.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.anomalon.InvalidInputException;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class LimitsDatabaseTest {
    private static final Set<String> CHANNELS = Set.of("K+->pi+X", "KL->pi0X", "D+->pi+X", "B+->pi+X", "B0->pi0X",
            "B+->rho+X", "B0->rho0X", "B+->K+X", "B0->K0X", "B+->K*+X", "B0->K*0X", "Z->gammaX");
    private final LimitsDatabase db = LimitsDatabase.load();

    @Test
    void everyEntryHasAUniqueIdAKnownChannelAReferenceAndAWindow() {
        List<LimitEntry> entries = db.entries();
        assertThat(entries).extracting(LimitEntry::id).doesNotHaveDuplicates().contains("NA62-2025-KpiX",
                "NA62-2021-pi0inv-KpiX", "NA62-2021-KpiX", "E949-2009-KpiX", "KOTO-2019-KLpi0X",
                "CLEO-MartinCamalich2020-DpiX", "Belle-2017-BpiX", "BelleII-Abumusabh2025-BKX",
                "BaBar-Altmannshofer2023-BKX", "L3-1997-ZgammaX", "FCCee-projection-ZgammaX");
        for (LimitEntry entry : entries) {
            assertThat(CHANNELS).as(entry.id()).contains(entry.process().label());
            assertThat(entry.channel()).as(entry.id()).isEqualTo(entry.process().label()
                    + entry.visible().map(seen -> ", X->" + seen.finalState().label()).orElse(""));
            assertThat(entry.curve().windows()).as(entry.id()).isNotEmpty();
            assertThat(entry.reference().key()).isNotBlank();
            assertThat(entry.obtained()).isNotBlank();
        }
    }

    @Test
    void aMisspeltChannelFailsWhenTheDatabaseLoadsNamingTheFileAndTheEntry() {
        String catalogue = """
                references:
                  L3:1997exg: {type: article, author: L3}
                entries:
                  - id: L3-typo
                    channel: Z->gamaX
                    experiment: L3
                    label: "LEP (L3)"
                    reference: L3:1997exg
                    cl: 0.95
                    kind: observed
                    obtained: "test"
                    curve: {type: constant, value: 1.0e-6, window: [0, null]}
                    notes: ""
                """;
        assertThatThrownBy(() -> LimitsDatabase.read(new ByteArrayInputStream(catalogue.getBytes(StandardCharsets.UTF_8)),
                "my-limits.yaml"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("my-limits.yaml: entry L3-typo")
                .hasMessageContaining("'Z->gamaX'")
                .hasMessageContaining("Z->gammaX");
    }

    @Test
    void na62TableValuesAreReadExactlyAndOnlyInsideTheWindowsAroundThePi0Gap() {
        LimitEntry na62 = db.entry("NA62-2025-KpiX");
        // rows "inf,0,2.911442336e-11" and "inf,0.2588888889,8.061255085e-12" of na62_2016_2022_KpiX_limits_grid.csv
        assertThat(na62.upperLimit90(0)).isEqualTo(2.911442336e-11);
        assertThat(na62.upperLimit90(0.2588888889)).isEqualTo(8.061255085e-12);
        assertThat(na62.curve().windows()).hasSize(2);
        assertThat(na62.curve().windows().get(0).max()).isCloseTo(0.1097, within(1e-4));
        assertThat(na62.curve().windows().get(1).min()).isCloseTo(0.1544, within(1e-4));
        assertThat(na62.upperLimit90(0.13)).isNaN();
        assertThat(na62.upperLimit90(0.27)).isNaN();
        // log-linear interpolation between two grid points
        double m1 = 0.001131313131;
        double m2 = 0.002262626263;
        double mid = 0.5 * (m1 + m2);
        assertThat(na62.upperLimit90(mid)).isCloseTo(Math.sqrt(2.911442336e-11 * 2.917486756e-11), Percentage.withPercentage(1e-9));
    }

    @Test
    void pi0InvisibleWindowFillsTheGapWithItsMinimumAtThePi0Bound() {
        LimitEntry pi0 = db.entry("NA62-2021-pi0inv-KpiX");
        assertThat(pi0.upperLimit90(0.1313487437)).isEqualTo(9.063941068e-10);
        assertThat(pi0.upperLimit90(0.13)).isFinite();
        assertThat(pi0.upperLimit90(0.09)).isNaN();
    }

    @Test
    void cleoStopsAt100MeV() {
        LimitEntry cleo = db.entry("CLEO-MartinCamalich2020-DpiX");
        assertThat(cleo.upperLimit90(0.0999)).isEqualTo(8.0e-6);
        assertThat(cleo.upperLimit90(0.1001)).isNaN();
    }

    @Test
    void belleLimitsMatchP0Equations317To320() {
        assertThat(db.entry("Belle-2017-BrhoX").upperLimit90(1)).isEqualTo(3.0e-5);   // P0 eq. (3.17)
        assertThat(db.entry("Belle-2017-B0rho0X").upperLimit90(1)).isEqualTo(4.0e-5); // P0 eq. (3.19)
        assertThat(db.entry("Belle-2017-B0pi0X").upperLimit90(1)).isEqualTo(9.0e-6);  // P0 eq. (3.20)
        // P0 eq. (3.18) reads 1.5e-5 in the OCR; the Belle table (flavio transcription) has 1.4e-5
        assertThat(db.entry("Belle-2017-BpiX").upperLimit90(1)).isEqualTo(1.4e-5);
        assertThat(db.entry("Belle-2017-BpiX").curve().windows().get(0).upToKinematicEndpoint()).isTrue();
    }

    @Test
    void l3LimitIsConvertedFrom95To90PercentAndSaysSo() {
        LimitEntry l3 = db.entry("L3-1997-ZgammaX");
        assertThat(l3.quotedCl()).hasValue(0.95);
        assertThat(l3.upperLimit90(10)).isCloseTo(1e-6 * 1.2815516 / 1.6448536, Percentage.withPercentage(1e-4));
        assertThat(l3.clSource()).contains("95% CL quoted").contains("0.7791");
    }

    @Test
    void belleIIJunkRowsAreDroppedAndBabarKstarColumnsAreReadInTheirSwappedOrder() {
        LimitEntry belle2 = db.entry("BelleII-Abumusabh2025-BKX");
        assertThat(belle2.curve().windows().get(belle2.curve().windows().size() - 1).max()).isLessThan(4.59);
        // last good row: central 0.0001363742263, upper edge 0.0003238544051 (read as 1 sigma) -> 90% CL
        assertThat(belle2.upperLimit90(4.492663224))
                .isCloseTo(0.0001363742263 + 1.2815516 * (0.0003238544051 - 0.0001363742263), Percentage.withPercentage(1e-4));
        assertThat(belle2.clSource()).contains("not stated").contains("1.2816");
        assertThat(belle2.upperLimit90(4.6)).isNaN();
        // first row: m = 0.1009389671, central 3.824884793e-06, col3 (upper) 2.686635945e-05, col4 (lower) 0
        LimitEntry kstar = db.entry("BaBar-Altmannshofer2023-BKstarX");
        assertThat(kstar.upperLimit90(0.1009389671))
                .isCloseTo(3.824884793e-06 + 1.2815516 * (2.686635945e-05 - 3.824884793e-06), Percentage.withPercentage(1e-4));
    }

    @Test
    void collapsedDigitizedIntervalsAreDroppedAndTheRestOfTheCurveIsReadUnchanged() {
        // BaBar B -> K* X: the band closes at 2.862 and 2.876 GeV (upper edge 4.68e-7 and 4.15e-7, central 0)
        LimitEntry kstar = db.entry("BaBar-Altmannshofer2023-BKstarX");
        assertThat(kstar.upperLimit90(2.8616439)).isNaN();
        assertThat(kstar.upperLimit90(2.875586854)).isNaN();
        assertThat(kstar.curve().windows().get(kstar.curve().windows().size() - 1).max()).isEqualTo(2.847700946);
        CsvTable file = CsvTable.resource("babar_BKstarX_bestfit_Altmannshofer2023.csv");
        int kept = 0;
        for (List<String> row : file.select(java.util.Map.of())) {
            double mass = Double.parseDouble(row.get(0));
            double central = Double.parseDouble(row.get(1));
            double upper = Double.parseDouble(row.get(2));
            if (mass < 2.85) {
                assertThat(kstar.upperLimit90(mass)).as("m_X = %s", mass)
                        .isCloseTo(central + 1.2815516 * (upper - central), Percentage.withPercentage(1e-4));
                kept++;
            }
        }
        assertThat(kept).isEqualTo(file.select(java.util.Map.of()).size() - 2);
        // the other digitized intervals keep every row
        assertThat(LimitsDatabase.withoutCollapsedIntervals(List.of(new double[] {1, 3, 1}, new double[] {2, 2.5, 0.5},
                new double[] {3, 0.1, 0}))).extracting(p -> p[0]).containsExactly(1.0, 2.0);
        LimitEntry babarK = db.entry("BaBar-Altmannshofer2023-BKX");
        assertThat(babarK.upperLimit90(2.91973244)).isCloseTo(1.2815516 * 4.003522294e-06, Percentage.withPercentage(1e-4));
    }

    @Test
    void onlyThePi0WindowEntryCarriesAFigureNote() {
        assertThat(db.entry("NA62-2021-pi0inv-KpiX").figureNote()).hasValueSatisfying(note -> assertThat(note).contains("\\pi^0\\to"));
        assertThat(db.entries()).filteredOn(e -> e.figureNote().isPresent()).extracting(LimitEntry::id)
                .containsExactly("NA62-2021-pi0inv-KpiX");
    }

    @Test
    void mevColumnsAreConvertedToGeV() {
        // na62_2017_KpiX_limits_table.csv row "10,1.84e-10,..." is m_X = 10 MeV
        assertThat(db.entry("NA62-2020-KpiX").upperLimit90(0.010)).isEqualTo(1.84e-10);
    }

    @Test
    void unknownIdIsBadInputListingTheKnownIds() {
        assertThatThrownBy(() -> db.entry("NA63")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("NA63").hasMessageContaining("NA62-2025-KpiX");
    }

    @Test
    void bibtexIsKeyedByTheTexkeyWithTheArxivNumberAsEprint() {
        String bib = db.entry("KOTO-2019-KLpi0X").reference().bibtex();
        assertThat(bib).startsWith("@article{KOTO:2018dsc,").contains("eprint = \"1810.09655\"")
                .contains("archivePrefix = \"arXiv\"").contains("volume = \"122\"");
        assertThat(db.entry("NA62-2025-KpiX").reference().citation()).isEqualTo("NA62, JHEP 11 (2025) 143 [NA62:2025upx]");
    }
}
