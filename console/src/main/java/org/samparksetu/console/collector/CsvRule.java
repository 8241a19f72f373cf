package org.samparksetu.console.collector;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How a value goes into the collector's CSV (RFC 4180): a cell with a comma, a quote or a line break is quoted, its
 * quotes doubled. A cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, so a complaint's text can never become a formula on the collector's machine
 * (OWASP's CSV injection advice); numbers the console writes itself are passed as they are.
 */
public final class CsvRule {
    private CsvRule() {
    }

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** A number the console computed: never a formula, never quoted. */
    public static String number(Number n) {
        return n == null ? "" : n.toString();
    }

    /** One line, CRLF-terminated as RFC 4180 and Excel expect; {@code cells} are already {@link #cell}ed. */
    public static String line(List<String> cells) {
        return cells.stream().collect(Collectors.joining(",")) + "\r\n";
    }
}
