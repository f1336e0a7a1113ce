package org.anomalon.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * A fenced block of a markdown file that shows commands and what they print: its first line starts
 * with {@code $ }, every line starting with {@code $ } is a command, and the lines up to the next
 * command are what the doc says it prints. A line holding only {@code ...} stands for lines left out
 * (an excerpt).
 *
 * @param file     the markdown file, relative to the repository root
 * @param commands the commands in order
 */
record DocExample(String file, List<Command> commands) {
    static final String PROMPT = "$ ";
    static final String ELISION = "...";

    DocExample {
        commands = List.copyOf(commands);
    }

    /**
     * One command of an example.
     *
     * @param line     1-based line of the {@code $ } line in the file
     * @param argv     the command as the shell would split it
     * @param expected the lines the doc shows after it
     */
    record Command(int line, List<String> argv, List<String> expected) {
        Command {
            argv = List.copyOf(argv);
            expected = List.copyOf(expected);
        }

        String text() {
            return String.join(" ", argv);
        }
    }

    /** Every example block of a markdown file. */
    static List<DocExample> parse(String file, List<String> lines) {
        List<DocExample> examples = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isFence(lines.get(i))) {
                i++;
                continue;
            }
            int close = i + 1;
            while (close < lines.size() && !isFence(lines.get(close))) {
                close++;
            }
            if (close > i + 1 && lines.get(i + 1).startsWith(PROMPT)) {
                examples.add(new DocExample(file, commands(lines, i + 1, close)));
            }
            i = close + 1;
        }
        return examples;
    }

    private static List<Command> commands(List<String> lines, int from, int to) {
        List<Command> commands = new ArrayList<>();
        int start = from;
        while (start < to) {
            int end = start + 1;
            while (end < to && !lines.get(end).startsWith(PROMPT)) {
                end++;
            }
            commands.add(new Command(start + 1, tokenize(lines.get(start).substring(PROMPT.length())),
                    lines.subList(start + 1, end)));
            start = end;
        }
        return commands;
    }

    private static boolean isFence(String line) {
        return line.startsWith("```");
    }

    /** Splits a command line as a POSIX shell would, for words, 'single' and "double" quotes and \ escapes. */
    static List<String> tokenize(String commandLine) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < commandLine.length(); i++) {
            char c = commandLine.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < commandLine.length() && "\"\\$`".indexOf(commandLine.charAt(i + 1)) >= 0) {
                    word.append(commandLine.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < commandLine.length()) {
                word.append(commandLine.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '#' && !inWord) {
                throw new IllegalArgumentException("a comment in a doc example command would not be run by the checker: "
                        + commandLine);
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unterminated quote in doc example command: " + commandLine);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
