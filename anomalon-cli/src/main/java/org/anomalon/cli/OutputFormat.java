package org.anomalon.cli;

/** Output formats of the commands; each command states which it supports. */
public enum OutputFormat {
    text, json, csv, latex
}
