package io.weeklyreport.cli;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * File names as people sort them: runs of digits compare as numbers, so "2.25.md" comes before "10.20.md" and
 * "note-9" before "note-10"; otherwise character by character, case-insensitively first.
 */
final class NaturalOrder implements Comparator<Path> {
    static final NaturalOrder PATHS = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(Path a, Path b) {
        int c = compare(a.toString(), b.toString());
        return c != 0 ? c : a.compareTo(b);
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int c = new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
                continue;
            }
            int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
            if (c != 0) {
                return c;
            }
            i++;
            j++;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }
}
