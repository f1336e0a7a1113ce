package org.anomalon.recast;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.anomalon.InvalidInputException;

/**
 * The final states of X → … by the names of DarkCast's limit definitions: single channels
 * (fermion pairs, the exclusive hadronic states of the data-driven method of arXiv:1801.04847
 * Sec. 2.3, the axial hadronic part of arXiv:2206.08563 eq. 2.11, three photons, a dark-sector
 * width) and the sums DarkCast names (leptons, neutrinos, quarks, hadrons, invisible, visible).
 * {@link #NONE} is a search that does not look at the decay (branching-ratio ratio 1).
 */
public enum DecayState {
    E_E("e_e"), MU_MU("mu_mu"), TAU_TAU("tau_tau"),
    NUE_NUE("nue_nue"), NUMU_NUMU("numu_numu"), NUTAU_NUTAU("nutau_nutau"),
    C_C("c_c"), B_B("b_b"), T_T("t_t"),
    /** Perturbative light-quark pairs: anomalon's hadronic width above the data-driven region (DarkCast freezes its curves instead). */
    U_U("u_u"), D_D("d_d"), S_S("s_s"),
    PI_PI("pi+_pi-"), FOUR_PI_CHARGED("pi+_pi-_pi+_pi-"), TWO_PI_TWO_PI0("pi+_pi-_pi0_pi0"), THREE_PI("pi+_pi-_pi0"),
    PI0_GAMMA("pi0_gamma"), K_K("K_K"), K_K_PI("K_K_pi"), OTHER_HADRONS("other"), HADRONS_AXIAL("hadrons_axial"),
    GAMMA_GAMMA_GAMMA("gamma_gamma_gamma"), DARK("dark"),
    LEPTONS("leptons", E_E, MU_MU, TAU_TAU),
    NEUTRINOS("neutrinos", NUE_NUE, NUMU_NUMU, NUTAU_NUTAU),
    QUARKS("quarks", C_C, B_B, T_T),
    HADRONS("hadrons", PI_PI, FOUR_PI_CHARGED, TWO_PI_TWO_PI0, THREE_PI, PI0_GAMMA, K_K, K_K_PI, OTHER_HADRONS, HADRONS_AXIAL,
            U_U, D_D, S_S),
    INVISIBLE("invisible", DARK, NUE_NUE, NUMU_NUMU, NUTAU_NUTAU),
    VISIBLE("visible", E_E, MU_MU, TAU_TAU, C_C, B_B, T_T, PI_PI, FOUR_PI_CHARGED, TWO_PI_TWO_PI0, THREE_PI, PI0_GAMMA,
            K_K, K_K_PI, OTHER_HADRONS, HADRONS_AXIAL, U_U, D_D, S_S, GAMMA_GAMMA_GAMMA),
    NONE("none");

    private static final DecayState[] VALUES = values();
    /** The ordinals of the single channels of each state. */
    private static final int[][] CHANNEL_ORDINALS = new int[VALUES.length][];
    /** The channels of the decay lists met so far (a limit's decay is asked for at every mass). */
    private static final Map<Set<DecayState>, int[]> LISTS = new ConcurrentHashMap<>();

    static {
        for (DecayState state : VALUES) {
            CHANNEL_ORDINALS[state.ordinal()] = state.channels().stream().mapToInt(Enum::ordinal).toArray();
        }
    }

    private final String darkCastName;
    private final List<DecayState> channels;

    DecayState(String darkCastName, DecayState... channels) {
        this.darkCastName = darkCastName;
        this.channels = channels.length == 0 ? null : List.of(channels);
    }

    /** The ordinals of this state's single channels. */
    int[] channelOrdinals() {
        return CHANNEL_ORDINALS[ordinal()];
    }

    /** The ordinals of the single channels of a list of states, each once. */
    static int[] channelOrdinals(Set<DecayState> states) {
        int[] known = LISTS.get(states);
        if (known != null) {
            return known;
        }
        Set<DecayState> channels = EnumSet.noneOf(DecayState.class);
        states.forEach(state -> channels.addAll(state.channels()));
        int[] ordinals = channels.stream().mapToInt(Enum::ordinal).toArray();
        LISTS.put(Set.copyOf(states), ordinals);
        return ordinals;
    }

    public String darkCastName() {
        return darkCastName;
    }

    /** Whether this is one channel (a partial width a width calculation provides) rather than a sum. */
    public boolean single() {
        return channels == null && this != NONE;
    }

    /** The single channels this state sums (itself for a single channel, none for {@link #NONE}). */
    public Set<DecayState> channels() {
        if (this == NONE) {
            return EnumSet.noneOf(DecayState.class);
        }
        return channels == null ? EnumSet.of(this) : EnumSet.copyOf(channels);
    }

    /** The state with this DarkCast name; anything else is bad input naming {@code source}. */
    public static DecayState parse(String name, String source, String field) {
        for (DecayState state : VALUES) {
            if (state.darkCastName.equals(name)) {
                return state;
            }
        }
        throw InvalidInputException.of(source, field, name, "a decay state: "
                + String.join(", ", Arrays.stream(VALUES).map(DecayState::darkCastName).toList()));
    }
}
