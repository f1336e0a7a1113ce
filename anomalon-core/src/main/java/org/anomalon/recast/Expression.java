package org.anomalon.recast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.anomalon.InvalidInputException;

/**
 * An arithmetic expression of a recast catalogue (a proper-time window, a production fraction, a
 * length ratio, a neutrino-scattering term), compiled once into a tree and evaluated many times.
 * Grammar (that of DarkCast's limit definitions as transcribed; docs/recast.md):
 * <pre>
 *   expression := sum [ ('&lt;' | '&lt;=' | '&gt;' | '&gt;=') sum ]      comparison: 1 if true, else 0
 *   sum        := product { ('+' | '-') product }
 *   product    := unary { ('*' | '/') unary }
 *   unary      := ('-' | '+') unary | power
 *   power      := atom [ '^' unary ]                          right-associative; -x^2 = -(x^2)
 *   atom       := number | name | name '(' expression { ',' expression } ')' | '(' expression ')'
 * </pre>
 * Functions: exp, log (natural), log1p (ln(1 + x), accurate for small x), sqrt, atan, abs, min, max (two or more arguments) and
 * if(c, a, b) (a when c ≠ 0, else b; only the chosen branch is evaluated). {@code inf} is +∞;
 * IEEE-754 arithmetic otherwise (x/0 = ±∞, exp(−∞) = 0). Names are either constants (folded at
 * compile time) or variables, read by index from the array passed to {@link #evaluate}.
 */
public final class Expression {
    private final String text;
    private final Node root;

    private Expression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /**
     * @param text      the expression
     * @param source    where it was written (file, line, key), for error messages
     * @param variables variable names; {@code evaluate(values)} reads variable i from values[i]
     * @param constants named constants
     */
    public static Expression compile(String text, String source, List<String> variables, Map<String, Double> constants) {
        Parser parser = new Parser(text, source, variables, constants);
        Node root = parser.expression();
        parser.expectEnd();
        return new Expression(text, root);
    }

    /** The value for these variable values (in the order given to {@link #compile}). */
    public double evaluate(double... variables) {
        return root.value(variables);
    }

    /** Whether the expression has the same value for every variable value (it names no variable). */
    public boolean isConstant() {
        return root instanceof Constant;
    }

    @Override
    public String toString() {
        return text;
    }

    private interface Node {
        double value(double[] variables);
    }

    private record Constant(double value) implements Node {
        @Override
        public double value(double[] variables) {
            return value;
        }
    }

    private record Variable(int index) implements Node {
        @Override
        public double value(double[] variables) {
            return variables[index];
        }
    }

    /** A binary operation; one record per operator keeps the evaluation free of dispatch on the operator. */
    private interface Binary extends Node {
        Node left();

        Node right();

        static Node of(char operator, Node left, Node right) {
            return switch (operator) {
                case '+' -> new Sum(left, right);
                case '-' -> new Difference(left, right);
                case '*' -> new Product(left, right);
                case '/' -> new Quotient(left, right);
                case '^' -> new Power(left, right);
                default -> new Comparison(operator, left, right);
            };
        }
    }

    private record Sum(Node left, Node right) implements Binary {
        @Override
        public double value(double[] variables) {
            return left.value(variables) + right.value(variables);
        }
    }

    private record Difference(Node left, Node right) implements Binary {
        @Override
        public double value(double[] variables) {
            return left.value(variables) - right.value(variables);
        }
    }

    private record Product(Node left, Node right) implements Binary {
        @Override
        public double value(double[] variables) {
            return left.value(variables) * right.value(variables);
        }
    }

    private record Quotient(Node left, Node right) implements Binary {
        @Override
        public double value(double[] variables) {
            return left.value(variables) / right.value(variables);
        }
    }

    private record Power(Node left, Node right) implements Binary {
        @Override
        public double value(double[] variables) {
            return Math.pow(left.value(variables), right.value(variables));
        }
    }

    /** {@code <}, {@code <=} (l), {@code >}, {@code >=} (g): 1 if true, else 0. */
    private record Comparison(char operator, Node left, Node right) implements Binary {
        @Override
        public double value(double[] variables) {
            double a = left.value(variables);
            double b = right.value(variables);
            boolean holds = switch (operator) {
                case '<' -> a < b;
                case 'l' -> a <= b;
                case '>' -> a > b;
                default -> a >= b;
            };
            return holds ? 1 : 0;
        }
    }

    /** x^n for a small integer constant n, by multiplication (the polynomials of the neutrino-scattering terms). */
    private record IntegerPower(Node base, int exponent) implements Node {
        @Override
        public double value(double[] variables) {
            double x = base.value(variables);
            double result = 1;
            for (int i = 0; i < exponent; i++) {
                result *= x;
            }
            return result;
        }
    }

    private record Negation(Node operand) implements Node {
        @Override
        public double value(double[] variables) {
            return -operand.value(variables);
        }
    }

    private record Call(String function, Node[] arguments) implements Node {
        @Override
        public double value(double[] variables) {
            if (function.equals("if")) {
                return arguments[0].value(variables) != 0 ? arguments[1].value(variables) : arguments[2].value(variables);
            }
            double x = arguments[0].value(variables);
            switch (function) {
                case "exp": return Math.exp(x);
                case "log": return Math.log(x);
                case "log1p": return Math.log1p(x);
                case "sqrt": return Math.sqrt(x);
                case "atan": return Math.atan(x);
                case "abs": return Math.abs(x);
                default:
                    for (int i = 1; i < arguments.length; i++) {
                        double y = arguments[i].value(variables);
                        x = function.equals("min") ? Math.min(x, y) : Math.max(x, y);
                    }
                    return x;
            }
        }
    }

    /** Recursive descent over the grammar of the class Javadoc; constant subtrees are folded. */
    private static final class Parser {
        private static final Map<String, int[]> ARITY = Map.of("exp", new int[] {1, 1}, "log", new int[] {1, 1}, "log1p", new int[] {1, 1},
                "sqrt", new int[] {1, 1}, "atan", new int[] {1, 1}, "abs", new int[] {1, 1},
                "min", new int[] {2, Integer.MAX_VALUE}, "max", new int[] {2, Integer.MAX_VALUE}, "if", new int[] {3, 3});

        private final String text;
        private final String source;
        private final List<String> variables;
        private final Map<String, Double> constants;
        private int position;

        Parser(String text, String source, List<String> variables, Map<String, Double> constants) {
            this.text = text;
            this.source = source;
            this.variables = variables;
            this.constants = constants;
        }

        Node expression() {
            Node left = sum();
            skipSpaces();
            char operator = 0;
            if (peek('<') || peek('>')) {
                operator = text.charAt(position++);
                if (peek('=')) {
                    position++;
                    operator = operator == '<' ? 'l' : 'g';
                }
            }
            return operator == 0 ? left : fold(Binary.of(operator, left, sum()));
        }

        private Node sum() {
            Node left = product();
            while (true) {
                skipSpaces();
                if (peek('+') || peek('-')) {
                    char operator = text.charAt(position++);
                    left = fold(Binary.of(operator, left, product()));
                } else {
                    return left;
                }
            }
        }

        private Node product() {
            Node left = unary();
            while (true) {
                skipSpaces();
                if (peek('*') || peek('/')) {
                    char operator = text.charAt(position++);
                    left = fold(Binary.of(operator, left, unary()));
                } else {
                    return left;
                }
            }
        }

        private Node unary() {
            skipSpaces();
            if (peek('-')) {
                position++;
                return fold(new Negation(unary()));
            }
            if (peek('+')) {
                position++;
                return unary();
            }
            return power();
        }

        private Node power() {
            Node base = atom();
            skipSpaces();
            if (peek('^')) {
                position++;
                Node exponent = unary();
                if (!(base instanceof Constant) && exponent instanceof Constant c && c.value() >= 1 && c.value() <= 8
                        && c.value() == Math.rint(c.value())) {
                    return new IntegerPower(base, (int) c.value());
                }
                return fold(Binary.of('^', base, exponent));
            }
            return base;
        }

        private Node atom() {
            skipSpaces();
            if (position >= text.length()) {
                throw error("the expression ends where a number, name or '(' is expected");
            }
            char c = text.charAt(position);
            if (c == '(') {
                position++;
                Node inner = expression();
                expect(')');
                return inner;
            }
            if (Character.isDigit(c) || c == '.') {
                return number();
            }
            if (Character.isLetter(c) || c == '_') {
                return name();
            }
            throw error("unexpected '" + c + "'");
        }

        private Node number() {
            int start = position;
            while (position < text.length() && (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.')) {
                position++;
            }
            if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
                int mark = position++;
                if (position < text.length() && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
                    position++;
                }
                if (position < text.length() && Character.isDigit(text.charAt(position))) {
                    while (position < text.length() && Character.isDigit(text.charAt(position))) {
                        position++;
                    }
                } else {
                    position = mark;
                }
            }
            String literal = text.substring(start, position);
            try {
                return new Constant(Double.parseDouble(literal));
            } catch (NumberFormatException e) {
                position = start;
                throw error("'" + literal + "' is not a number");
            }
        }

        private Node name() {
            int start = position;
            while (position < text.length()
                    && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
                position++;
            }
            String name = text.substring(start, position);
            skipSpaces();
            if (peek('(')) {
                int[] arity = ARITY.get(name);
                if (arity == null) {
                    position = start;
                    throw error("unknown function '" + name + "' (known: " + String.join(", ", ARITY.keySet().stream().sorted().toList()) + ")");
                }
                position++;
                List<Node> arguments = new ArrayList<>();
                arguments.add(expression());
                skipSpaces();
                while (peek(',')) {
                    position++;
                    arguments.add(expression());
                    skipSpaces();
                }
                expect(')');
                if (arguments.size() < arity[0] || arguments.size() > arity[1]) {
                    position = start;
                    throw error(name + "() takes " + (arity[0] == arity[1] ? arity[0] : "at least " + arity[0])
                            + " argument(s), got " + arguments.size());
                }
                return fold(new Call(name, arguments.toArray(Node[]::new)));
            }
            if (name.equals("inf")) {
                return new Constant(Double.POSITIVE_INFINITY);
            }
            int index = variables.indexOf(name);
            if (index >= 0) {
                return new Variable(index);
            }
            Double constant = constants.get(name);
            if (constant == null) {
                position = start;
                throw error("unknown name '" + name + "' (variables: " + String.join(", ", variables)
                        + "; constants: " + String.join(", ", constants.keySet().stream().sorted().toList()) + ")");
            }
            return new Constant(constant);
        }

        /** Evaluates a node whose operands are all constants (if() with a constant condition included). */
        private static Node fold(Node node) {
            boolean constant;
            if (node instanceof Binary b) {
                constant = b.left() instanceof Constant && b.right() instanceof Constant;
            } else if (node instanceof Negation n) {
                constant = n.operand() instanceof Constant;
            } else {
                constant = java.util.Arrays.stream(((Call) node).arguments()).allMatch(a -> a instanceof Constant);
            }
            return constant ? new Constant(node.value(new double[0])) : node;
        }

        void expectEnd() {
            skipSpaces();
            if (position < text.length()) {
                throw error("unexpected '" + text.charAt(position) + "' after a complete expression");
            }
        }

        private void expect(char c) {
            skipSpaces();
            if (!peek(c)) {
                throw error("'" + c + "' expected");
            }
            position++;
        }

        private boolean peek(char c) {
            return position < text.length() && text.charAt(position) == c;
        }

        private void skipSpaces() {
            while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
                position++;
            }
        }

        private InvalidInputException error(String reason) {
            return InvalidInputException.because(source, String.format(Locale.ROOT,
                    "cannot read the expression '%s' at character %d: %s", text, position + 1, reason));
        }
    }
}
