package org.anomalon.report;

/** One capability's contribution to the report. */
@FunctionalInterface
interface ReportSection {
    /** Computes the section for the model in {@code context}; says why when it does not apply. */
    Section build(ReportContext context);
}
