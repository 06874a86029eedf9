package versus.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No method or constructor is longer than {@value #LIMIT} lines, counted from the line of its
 * opening brace to the line of its closing brace. Strict for {@code versus.compute}; for
 * {@code versus.experiment} it only prints the long ones for now.
 */
class MethodLengthTest {
    static final int LIMIT = 60;
    private static final Path MAIN = Path.of("src/main/java/versus");
    /** A name and a parameter list, optionally a throws clause, then the body's brace. */
    private static final Pattern HEADER = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\(([^()]|\\([^()]*\\))*\\)\\s*(throws\\s+[\\w$.,\\s]+)?\\{");
    private static final Set<String> NOT_METHODS = Set.of("if", "for", "while", "switch", "catch", "synchronized", "try", "do",
            "else", "return", "new", "super", "this");

    /** A method body: where it is and how many lines it spans. */
    record Method(String file, String name, int line, int lines) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + name + " is " + lines + " lines";
        }
    }

    @Test
    void computeMethodsAreShort() throws IOException {
        List<Method> longOnes = longMethods(MAIN.resolve("compute"));
        assertTrue(longOnes.isEmpty(), "methods longer than " + LIMIT + " lines: " + longOnes);
    }

    @Test
    void reportsLongExperimentMethods() throws IOException {
        List<Method> longOnes = longMethods(MAIN.resolve("experiment"));
        System.out.println("MethodLengthTest: " + longOnes.size() + " methods in versus.experiment are longer than " + LIMIT + " lines");
        for (Method m : longOnes) {
            System.out.println("  " + m);
        }
    }

    @Test
    void measuresBodiesSkippingStringsCharsCommentsAndLambdas() {
        String src = String.join("\n",
                "class A {",                                        // 1
                "    int f(int x) throws java.io.IOException {",    // 2
                "        String s = \"}}} {\"; char c = '}';",       // 3
                "        // } a brace in a comment",                // 4
                "        /* { */ Runnable r = () -> {",             // 5
                "        };",                                       // 6
                "        if (x > 0) { return 1; }",                 // 7
                "        return 0;",                                // 8
                "    }",                                            // 9
                "    A() { }",                                      // 10
                "    record R(int a) {",                            // 11: a record, not a method
                "    }",                                            // 12
                "}");
        List<Method> ms = methods("A.java", src);
        assertEquals(2, ms.size(), ms.toString());
        assertEquals(new Method("A.java", "f", 2, 8), ms.get(0));
        assertEquals(new Method("A.java", "A", 10, 1), ms.get(1));
    }

    private static List<Method> longMethods(Path dir) throws IOException {
        List<Method> out = new ArrayList<>();
        List<Path> files;
        try (var walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            for (Method m : methods(f.toString(), Files.readString(f))) {
                if (m.lines() > LIMIT) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Every method and constructor body of a source file, outermost first, in order of appearance. */
    static List<Method> methods(String file, String source) {
        String code = blank(source);
        List<Method> out = new ArrayList<>();
        Matcher m = HEADER.matcher(code);
        int from = 0;
        while (from < code.length() && m.find(from)) {
            String name = m.group(1);
            int open = m.end() - 1;
            from = m.end();
            if (NOT_METHODS.contains(name) || notAMethod(code, m.start())) {
                continue;
            }
            int close = matching(code, open);
            out.add(new Method(file, name, lineOf(code, open), lineOf(code, close) - lineOf(code, open) + 1));
        }
        return out;
    }

    private static boolean notAMethod(String code, int at) {
        String before = code.substring(Math.max(0, at - 8), at).strip();
        return before.endsWith("new") || before.endsWith("record") || before.endsWith(".");
    }

    /** The index of the brace that closes the one at {@code open} (the end of the text if none does). */
    private static int matching(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return code.length() - 1;
    }

    private static int lineOf(String code, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The source with every comment, string (text blocks too) and char literal replaced by spaces; newlines kept. */
    static String blank(String s) {
        StringBuilder out = new StringBuilder(s);
        int i = 0;
        while (i < s.length()) {
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = s.indexOf("\"\"\"", i + 3);
                end = end < 0 ? s.length() : end + 3;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                end = literalEnd(s, i);
            } else {
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    /** The index after the string or char literal opened at {@code i}, honouring backslash escapes. */
    private static int literalEnd(String s, int i) {
        char quote = s.charAt(i);
        int k = i + 1;
        while (k < s.length() && s.charAt(k) != quote && s.charAt(k) != '\n') {
            k += s.charAt(k) == '\\' ? 2 : 1;
        }
        return Math.min(s.length(), k + 1);
    }
}
