package versus.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code report.html}: the Markdown report turned into one self-contained page (inline CSS,
 * figures embedded as base64 PNG), so it opens in a browser without network access. The Markdown
 * stays the single source of the content; this converter knows only the subset the report uses:
 * headings, paragraphs, pipe tables, bullet lists, bold, inline code and images.
 */
public final class HtmlReport {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)]+)\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;"
            + "color:#222;line-height:1.45}table{border-collapse:collapse;margin:1rem 0;font-size:0.9rem}"
            + "th,td{border:1px solid #ccc;padding:0.25rem 0.5rem;text-align:left}th{background:#f3f3f3}"
            + "td.num{text-align:right;font-variant-numeric:tabular-nums}img{max-width:100%}"
            + "code{background:#f5f5f5;padding:0 0.2rem}h1,h2,h3{line-height:1.2}";

    private HtmlReport() {
    }

    /** Converts {@code markdown}; image paths are resolved against {@code folder} and inlined. */
    public static String render(String title, String markdown, Path folder) throws IOException {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>").append(STYLE).append("</style></head><body>\n");
        String[] lines = markdown.split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("|")) {
                flush(out, paragraph, folder);
                int end = i;
                while (end < lines.length && lines[end].startsWith("|")) {
                    end++;
                }
                table(out, lines, i, end, folder);
                i = end - 1;
            } else if (line.startsWith("- ")) {
                flush(out, paragraph, folder);
                out.append("<ul>\n");
                while (i < lines.length && lines[i].startsWith("- ")) {
                    out.append("<li>").append(inline(lines[i].substring(2), folder)).append("</li>\n");
                    i++;
                }
                out.append("</ul>\n");
                i--;
            } else if (line.startsWith("#")) {
                flush(out, paragraph, folder);
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                out.append("<h").append(level).append('>').append(inline(line.substring(level).strip(), folder))
                        .append("</h").append(level).append(">\n");
            } else if (line.isBlank()) {
                flush(out, paragraph, folder);
            } else {
                paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
            }
        }
        flush(out, paragraph, folder);
        return out.append("</body></html>\n").toString();
    }

    private static void flush(StringBuilder out, StringBuilder paragraph, Path folder) throws IOException {
        if (paragraph.length() > 0) {
            out.append("<p>").append(inline(paragraph.toString(), folder)).append("</p>\n");
            paragraph.setLength(0);
        }
    }

    private static void table(StringBuilder out, String[] lines, int from, int to, Path folder) throws IOException {
        out.append("<table>\n");
        for (int i = from; i < to; i++) {
            if (lines[i].matches("\\|[-:| ]+\\|\\s*")) {
                continue; // the header separator row
            }
            String tag = i == from ? "th" : "td";
            out.append("<tr>");
            for (String cell : cells(lines[i])) {
                boolean number = cell.matches("[-+0-9.eE* ]+( \\+- [-+0-9.eE ]+)?\\**");
                out.append('<').append(tag).append(number && tag.equals("td") ? " class=\"num\"" : "").append('>')
                        .append(inline(cell, folder)).append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    /** The cells of a pipe-table row; "\|" is a literal bar. */
    private static java.util.List<String> cells(String row) {
        java.util.List<String> cells = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String body = row.strip();
        for (int i = 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    private static String inline(String text, Path folder) throws IOException {
        StringBuilder out = new StringBuilder();
        Matcher m = IMAGE.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(formatting(escape(text.substring(last, m.start()))));
            Path image = folder.resolve(m.group(2));
            if (Files.isRegularFile(image) && m.group(2).endsWith(".png")) {
                out.append("<img alt=\"").append(escape(m.group(1))).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(Files.readAllBytes(image))).append("\">");
            } else {
                out.append(escape(m.group(1)));
            }
            last = m.end();
        }
        return out.append(formatting(escape(text.substring(last)))).toString();
    }

    private static String formatting(String escaped) {
        return CODE.matcher(BOLD.matcher(escaped).replaceAll("<strong>$1</strong>")).replaceAll("<code>$1</code>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
