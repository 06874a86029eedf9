package versus.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A boolean function of the inputs {@code x1..xn}, parsed from text such as
 * {@code x2 and (x1 or not x3)} (the McCulloch-Pitts unit of the notes),
 * {@code (x1 and x2) xor x3} or {@code xor(and(x1, x2), x3)}.
 *
 * <p>Grammar (keywords are case-insensitive; precedence from loosest to tightest binding is
 * {@code or}, {@code xor}, {@code and}, {@code not}, as in most logic texts):
 * <pre>
 * expr    := xorExpr ('or' xorExpr)*
 * xorExpr := andExpr ('xor' andExpr)*
 * andExpr := unary ('and' unary)*
 * unary   := 'not' unary | primary
 * primary := 'x'INDEX | '0' | '1' | 'true' | 'false' | '(' expr ')' | FUNCTION '(' expr (',' expr)* ')'
 * </pre>
 * FUNCTION is one of {@link Op}'s names ({@code and, or, xor, nand, nor, xnor, majority}, each
 * n-ary) or {@code not} with one argument. {@code xor} of several arguments is their parity.
 */
final class BooleanExpression {
    /** The n-ary functions; also the named functions of {@link TruthTable}. */
    enum Op {
        AND, OR, XOR, NAND, NOR, XNOR,
        /** True when strictly more than half of the arguments are true (ties are false). */
        MAJORITY;

        final String token() { return name().toLowerCase(Locale.ROOT); }

        static Op byToken(String token) {
            for (Op op : values()) {
                if (op.token().equals(token)) {
                    return op;
                }
            }
            return null;
        }

        boolean apply(int trueCount, int arity) {
            switch (this) {
                case AND: return trueCount == arity;
                case OR: return trueCount > 0;
                case XOR: return (trueCount & 1) == 1;
                case NAND: return trueCount != arity;
                case NOR: return trueCount == 0;
                case XNOR: return (trueCount & 1) == 0;
                case MAJORITY: return 2 * trueCount > arity;
                default: throw new AssertionError(this);
            }
        }
    }

    private interface Node {
        boolean eval(boolean[] x);
    }

    private record Var(int index) implements Node {
        @Override public boolean eval(boolean[] x) { return x[index]; }
    }

    private record Const(boolean value) implements Node {
        @Override public boolean eval(boolean[] x) { return value; }
    }

    private record Not(Node arg) implements Node {
        @Override public boolean eval(boolean[] x) { return !arg.eval(x); }
    }

    private record Apply(Op op, Node[] args) implements Node {
        @Override public boolean eval(boolean[] x) {
            int t = 0;
            for (Node a : args) {
                if (a.eval(x)) {
                    t++;
                }
            }
            return op.apply(t, args.length);
        }
    }

    private final String text;
    private final Node root;

    private BooleanExpression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** The n-ary function {@code op(x1, ..., xn)}. */
    static BooleanExpression of(Op op, int inputs) {
        Node[] args = new Node[inputs];
        for (int i = 0; i < inputs; i++) {
            args[i] = new Var(i);
        }
        return new BooleanExpression(op.token(), new Apply(op, args));
    }

    /**
     * Parses {@code text} over the variables {@code x1..x<inputs>}.
     *
     * @throws IllegalArgumentException naming the 1-based position and what is allowed there
     */
    static BooleanExpression parse(String text, int inputs) {
        Parser p = new Parser(text, inputs);
        Node root = p.expr();
        if (p.peek().kind != Kind.END) {
            throw p.error(p.peek(), "'and', 'or', 'xor', ')' or the end");
        }
        return new BooleanExpression(text, root);
    }

    /** The value for the inputs {@code x[0] = x1, ..., x[n-1] = xn}. */
    boolean evaluate(boolean[] x) {
        return root.eval(x);
    }

    @Override
    public String toString() { return text; }

    private enum Kind { WORD, VARIABLE, CONSTANT, LPAREN, RPAREN, COMMA, END }

    /** A token; {@code pos} is its 0-based start in the text. */
    private record Token(Kind kind, String text, int pos) {}

    /** Recursive descent over a token list; one method per grammar rule. */
    private static final class Parser {
        /** Infix operators from loosest to tightest binding. */
        private static final Op[] INFIX = {Op.OR, Op.XOR, Op.AND};
        private final String source;
        private final int inputs;
        private final List<Token> tokens;
        private int next;

        Parser(String source, int inputs) {
            this.source = source;
            this.inputs = inputs;
            this.tokens = tokenize(source);
        }

        private List<Token> tokenize(String s) {
            List<Token> out = new ArrayList<>();
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '(' || c == ')' || c == ',') {
                    out.add(new Token(c == '(' ? Kind.LPAREN : c == ')' ? Kind.RPAREN : Kind.COMMA, String.valueOf(c), i));
                    i++;
                } else if (Character.isLetterOrDigit(c) || c == '_') {
                    int start = i;
                    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                        i++;
                    }
                    String w = s.substring(start, i).toLowerCase(Locale.ROOT);
                    out.add(new Token(classify(w, start), w, start));
                } else {
                    throw error(new Token(Kind.WORD, String.valueOf(c), i), "a variable, a keyword, '(', ')' or ','");
                }
            }
            out.add(new Token(Kind.END, "the end", s.length()));
            return out;
        }

        private Kind classify(String w, int pos) {
            if (w.equals("0") || w.equals("1") || w.equals("true") || w.equals("false")) {
                return Kind.CONSTANT;
            }
            if (w.length() > 1 && w.charAt(0) == 'x' && w.chars().skip(1).allMatch(Character::isDigit)) {
                return Kind.VARIABLE;
            }
            if (w.equals("not") || Op.byToken(w) != null) {
                return Kind.WORD;
            }
            throw error(new Token(Kind.WORD, w, pos), "variables " + variables() + ", constants 0, 1, true, false, "
                    + "operators and, or, xor, not, or functions " + functions());
        }

        Token peek() { return tokens.get(next); }

        private boolean acceptWord(String w) {
            Token t = peek();
            if (t.kind == Kind.WORD && t.text.equals(w)) {
                next++;
                return true;
            }
            return false;
        }

        Node expr() {
            return chain(0);
        }

        /** A left-associative chain of the infix operator {@code INFIX[level]}; tighter levels are its operands. */
        private Node chain(int level) {
            Node left = operand(level);
            while (acceptWord(INFIX[level].token())) {
                left = new Apply(INFIX[level], new Node[] {left, operand(level)});
            }
            return left;
        }

        private Node operand(int level) {
            return level + 1 < INFIX.length ? chain(level + 1) : unary();
        }

        private Node unary() {
            Token t = peek();
            // "not(" is the one-argument call form, handled with the other calls in primary()
            if (t.kind == Kind.WORD && t.text.equals("not") && tokens.get(next + 1).kind != Kind.LPAREN) {
                next++;
                return new Not(unary());
            }
            return primary();
        }

        private Node primary() {
            Token t = tokens.get(next++);
            switch (t.kind) {
                case VARIABLE: {
                    int index = parseIndex(t.text.substring(1));
                    if (index < 1 || index > inputs) {
                        throw error(t, "variables " + variables());
                    }
                    return new Var(index - 1);
                }
                case CONSTANT:
                    return new Const(t.text.equals("1") || t.text.equals("true"));
                case LPAREN: {
                    Node inner = expr();
                    expect(Kind.RPAREN, "')' or an operator");
                    return inner;
                }
                case WORD:
                    if (peek().kind == Kind.LPAREN) {
                        return call(t);
                    }
                    throw error(t, "an operand here; write " + t.text + "(...) to call it as a function");
                default:
                    throw error(t, "a variable " + variables() + ", 0, 1, 'not', '(' or a function " + functions());
            }
        }

        private Node call(Token name) {
            next++; // '('
            List<Node> args = new ArrayList<>();
            args.add(expr());
            while (peek().kind == Kind.COMMA) {
                next++;
                args.add(expr());
            }
            expect(Kind.RPAREN, "',' or ')'");
            if (name.text.equals("not")) {
                if (args.size() != 1) {
                    throw error(name, "not(...) with exactly one argument, got " + args.size());
                }
                return new Not(args.get(0));
            }
            return new Apply(Op.byToken(name.text), args.toArray(new Node[0]));
        }

        private void expect(Kind kind, String allowed) {
            Token t = tokens.get(next);
            if (t.kind != kind) {
                throw error(t, allowed);
            }
            next++;
        }

        private static int parseIndex(String digits) {
            // guard against overflow on absurdly long indices: anything over 9 digits is out of range
            return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        }

        private String variables() {
            return inputs == 1 ? "x1" : "x1..x" + inputs;
        }

        private static String functions() {
            StringBuilder s = new StringBuilder("not(a)");
            for (Op op : Op.values()) {
                s.append(", ").append(op.token()).append("(a, b, ...)");
            }
            return s.toString();
        }

        IllegalArgumentException error(Token at, String allowed) {
            String got = at.kind == Kind.END ? "the end" : "'" + at.text + "'";
            return new IllegalArgumentException("boolean expression \"" + source + "\", position " + (at.pos + 1)
                    + ": expected " + allowed + ", got " + got);
        }
    }
}
