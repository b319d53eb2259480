package io.straceflow.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Masks obvious secrets in a strace line (or any text: a command line, a /proc cmdline) with {@value #MASK}, keeping
 * what names them, so a reader still sees <em>that</em> a secret passed:
 *
 * <ul>
 *   <li>{@code KEY=value}, {@code KEY: value}, {@code \"KEY\": \"value\"} where KEY ends (any case) in password,
 *       passwd, passphrase, secret, token, apikey, api_key, api-key, access_key or private_key: the value;
 *   <li>{@code Authorization:} and {@code Cookie:} headers: the rest of the header line (a scheme such as
 *       {@code Bearer} or {@code Basic} stays);
 *   <li>{@code -----BEGIN ... PRIVATE KEY-----} blocks: the body up to {@code -----END}, or to the end of the string
 *       when strace cut it ({@code -s});
 *   <li>the password of {@code scheme://user:password@host};
 *   <li>AWS access key ids ({@code AKIA}/{@code ASIA} and 16 more): all but the prefix.
 * </ul>
 *
 * The text is read as strace prints it ({@code -x}): {@code \n}, {@code \r}, {@code \"} end a value, {@code \xNN}
 * (non-ASCII bytes) belong to it. No regex: the parser's hot path pays four {@link String#indexOf(int)} scans for one
 * character each ('-', '=', ':', 'I'), which the JVM vectorises, with a few cheap checks at each hit (a trace line
 * has about five of each); a line without a secret is returned as is, without allocating. Searching for substrings
 * ("-----BEGIN ", "://", "AKIA") instead measured several times slower. Not thread-safe (the counter).
 */
public final class SecretMasker {
    public static final String MASK = "***";

    /** Keys whose value is a secret; the last two are headers, whose value runs to the end of the line. */
    private static final String[] KEYS = {
        "password",
        "passwd",
        "passphrase",
        "secret",
        "token",
        "apikey",
        "api_key",
        "api-key",
        "access_key",
        "private_key",
        "authorization",
        "cookie"
    };

    private static final int FIRST_HEADER = KEYS.length - 2;
    private static final int PASSWD = 1;
    /**
     * Indexes into {@link #KEYS} by the key's last letter ('a'..'z'): most '=' and ':' of a trace ({@code 12:00},
     * {@code st_size=}) are ruled out by one lookup and a mismatch at the next letter from the end.
     */
    private static final int[][] KEYS_BY_LAST_LETTER = new int[26][];

    static {
        for (int k = 0; k < KEYS.length; k++) {
            int last = KEYS[k].charAt(KEYS[k].length() - 1) - 'a';
            int[] old = KEYS_BY_LAST_LETTER[last] == null ? new int[0] : KEYS_BY_LAST_LETTER[last];
            int[] now = java.util.Arrays.copyOf(old, old.length + 1);
            now[old.length] = k;
            KEYS_BY_LAST_LETTER[last] = now;
        }
    }

    private static final String BEGIN = "-----BEGIN ";
    private static final String DASHES = "-----";
    private static final String END = "-----END ";

    private long masked;

    /** Values masked so far by this instance. */
    public long masked() {
        return masked;
    }

    /** The text with its secrets masked; the same instance when there is none. */
    public String mask(String s) {
        Edits edits = privateKeys(s, null);
        edits = keyValues(s, '=', edits);
        edits = keyValues(s, ':', edits); // URL passwords too
        edits = awsKeyIds(s, edits);
        if (edits == null) {
            return s;
        }
        masked += edits.size();
        return edits.apply(s);
    }

    /**
     * A program's arguments (from /proc, or the command given to {@code run}): each masked as text, and the
     * argument after a flag that names a secret ({@code --password hunter2}, {@code -token x}) masked whole.
     */
    public List<String> maskArgv(List<String> argv) {
        List<String> out = new ArrayList<>(argv.size());
        boolean changed = false;
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            String m = i > 0 && isSecretFlag(argv.get(i - 1)) && !a.isEmpty() && !MASK.equals(a) ? mask1() : mask(a);
            changed |= m != a;
            out.add(m);
        }
        return changed ? out : argv;
    }

    private String mask1() {
        masked++;
        return MASK;
    }

    /** {@code --password}, {@code -api-key}: a flag whose next argument is the secret. */
    static boolean isSecretFlag(String arg) {
        return arg.length() > 1 && arg.charAt(0) == '-' && arg.indexOf('=') < 0 && secretKey(arg, arg.length()) >= 0;
    }

    /** Masks {@code s[start, end)} unless it is masked already (masking twice changes and counts nothing). */
    private static Edits mask(Edits edits, String s, int start, int end) {
        if (end - start == MASK.length() && s.startsWith(MASK, start)) {
            return edits;
        }
        Edits e = edits == null ? new Edits() : edits;
        e.add(start, end, MASK);
        return e;
    }

    private static Edits privateKeys(String s, Edits edits) {
        int from = 0;
        for (int begin = s.indexOf('-'); begin >= 0; begin = s.indexOf('-', Math.max(begin + 1, from))) {
            if (!s.startsWith(BEGIN, begin)) {
                continue;
            }
            int labelEnd = s.indexOf(DASHES, begin + BEGIN.length());
            if (labelEnd < 0) {
                return edits;
            }
            from = labelEnd + DASHES.length();
            int label = s.indexOf("PRIVATE KEY", begin);
            if (label < 0 || label > labelEnd) {
                continue; // a certificate or public key: nothing secret
            }
            int body = skipNewline(s, from);
            int stringEnd = stringEnd(s, body);
            int end = s.indexOf(END, body);
            if (end < 0 || end > stringEnd) {
                end = stringEnd; // cut by strace -s: mask what there is
            } else {
                end = newlineBefore(s, body, end);
            }
            if (end > body) {
                edits = mask(edits, s, body, end);
                from = end;
            }
        }
        return edits;
    }

    private static int skipNewline(String s, int at) {
        if (s.startsWith("\\n", at)) {
            return at + 2;
        }
        return at < s.length() && s.charAt(at) == '\n' ? at + 1 : at;
    }

    private static int newlineBefore(String s, int from, int at) {
        if (at - 2 >= from && s.startsWith("\\n", at - 2)) {
            return at - 2;
        }
        return at - 1 >= from && s.charAt(at - 1) == '\n' ? at - 1 : at;
    }

    /** The closing quote of the strace string {@code at} is in (a quote not escaped by a backslash), else the end. */
    static int stringEnd(String s, int at) {
        for (int q = s.indexOf('"', at); q >= 0; q = s.indexOf('"', q + 1)) {
            int backslashes = 0;
            for (int k = q - 1; k >= at && s.charAt(k) == '\\'; k--) {
                backslashes++;
            }
            if (backslashes % 2 == 0) {
                return q;
            }
        }
        return s.length();
    }

    /** {@code scheme://user:password@host} with {@code i} at the scheme's colon. */
    private static Edits urlPassword(String s, int i, Edits edits) {
        int colon = -1;
        for (int j = i + 3; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '@') {
                return colon >= 0 && j > colon + 1 ? mask(edits, s, colon + 1, j) : edits;
            }
            if (c == ':' && colon < 0) {
                colon = j;
            } else if (c == '/' || c == '"' || c == '\\' || c == '?' || c == '#' || c <= ' ') {
                break; // the authority ended without user info
            }
        }
        return edits;
    }

    private static Edits keyValues(String s, char separator, Edits edits) {
        for (int i = s.indexOf(separator); i >= 0; i = s.indexOf(separator, i + 1)) {
            if (separator == ':' && s.startsWith("//", i + 1)) {
                edits = urlPassword(s, i, edits);
                continue;
            }
            int keyEnd = keyEnd(s, i);
            int key = secretKey(s, keyEnd);
            if (key < 0 || (edits != null && edits.covers(i)) || (separator == ':' && key == PASSWD)) {
                continue; // "passwd:" is a line of /etc/nsswitch.conf, read by every program that looks up a user
            }
            int start = i + 1;
            while (start < s.length() && s.charAt(start) == ' ') {
                start++;
            }
            int end;
            if (s.startsWith("\\\"", start)) { // \"password\": \"x\" (JSON in a buffer)
                start += 2;
                end = quotedEnd(s, start, "\\\"");
            } else if (start < s.length() && (s.charAt(start) == '"' || s.charAt(start) == '\'')) {
                start++;
                end = quotedEnd(s, start, s.substring(start - 1, start));
            } else {
                end = separator == ':' && key >= FIRST_HEADER ? headerEnd(s, start) : valueEnd(s, start);
            }
            if (separator == ':' && key >= FIRST_HEADER) {
                start = afterScheme(s, start, end);
            }
            if (end > start) {
                edits = mask(edits, s, start, end);
            }
        }
        return edits;
    }

    /** End of the key before a separator: spaces and a closing quote ({@code "password" :}) are skipped. */
    private static int keyEnd(String s, int separator) {
        int k = separator;
        while (k > 0 && s.charAt(k - 1) == ' ') {
            k--;
        }
        if (k >= 2 && s.charAt(k - 1) == '"' && s.charAt(k - 2) == '\\') {
            return k - 2;
        }
        return k >= 1 && (s.charAt(k - 1) == '"' || s.charAt(k - 1) == '\'') ? k - 1 : k;
    }

    /** Index in {@link #KEYS} of the key that {@code s[..keyEnd)} ends with (any case), or -1. */
    private static int secretKey(String s, int keyEnd) {
        if (keyEnd < 5) {
            return -1;
        }
        int last = (s.charAt(keyEnd - 1) | 0x20) - 'a'; // ASCII lower case
        int[] candidates = last >= 0 && last < 26 ? KEYS_BY_LAST_LETTER[last] : null;
        if (candidates == null) {
            return -1;
        }
        for (int k : candidates) {
            if (endsWithIgnoringCase(s, keyEnd, KEYS[k])) {
                return k;
            }
        }
        return -1;
    }

    /** {@code s[..end)} ends with {@code key} (lower case), letters compared in any case; stops at the first miss. */
    private static boolean endsWithIgnoringCase(String s, int end, String key) {
        int from = end - key.length();
        if (from < 0) {
            return false;
        }
        for (int j = key.length() - 2; j >= 0; j--) {
            char c = s.charAt(from + j);
            char k = key.charAt(j);
            if (c != k && !(k >= 'a' && k <= 'z' && (c | 0x20) == k)) {
                return false;
            }
        }
        return true;
    }

    private static int quotedEnd(String s, int start, String closer) {
        int stringEnd = stringEnd(s, start);
        int close = s.indexOf(closer, start);
        return close < 0 || close > stringEnd ? stringEnd : close;
    }

    /** An unquoted value ends at white space, a quote, {@code & ; ,} or an escape other than {@code \xNN}/{@code \\}. */
    private static int valueEnd(String s, int start) {
        int j = start;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < s.length()) {
                char d = s.charAt(j + 1);
                if (d != 'x' && d != '\\') {
                    break; // \n \r \t \" \0 ...: the text around the value
                }
                j += 2;
                continue;
            }
            if (c <= ' ' || c == '"' || c == '&' || c == ';' || c == ',') {
                break;
            }
            j++;
        }
        return j;
    }

    /** A header value runs to the end of its line ({@code \r}, {@code \n}) or of the string. */
    private static int headerEnd(String s, int start) {
        int j = start;
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == '"' || c == '\r' || c == '\n') {
                break;
            }
            if (c == '\\' && j + 1 < s.length()) {
                char d = s.charAt(j + 1);
                if (d == 'r' || d == 'n' || d == '"') {
                    break;
                }
                j += 2;
                continue;
            }
            j++;
        }
        return j;
    }

    /** After an authentication scheme ({@code Bearer }, {@code Basic }, {@code AWS4-HMAC-SHA256 }), if one leads. */
    private static int afterScheme(String s, int start, int end) {
        int j = start;
        while (j < end && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '-')) {
            j++;
        }
        if (j == start || j >= end || s.charAt(j) != ' ') {
            return start;
        }
        while (j < end && s.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    /** {@code AKIA} or {@code ASIA} and 16 upper-case letters or digits, found by their 'I'. */
    private static Edits awsKeyIds(String s, Edits edits) {
        for (int i = s.indexOf('I', 2); i >= 0; i = s.indexOf('I', i + 1)) {
            int start = i - 2;
            int end = start + 20;
            if (end > s.length()) {
                break;
            }
            if (s.charAt(start) != 'A'
                    || (s.charAt(i - 1) != 'K' && s.charAt(i - 1) != 'S')
                    || s.charAt(i + 1) != 'A'
                    || (start > 0 && upperOrDigit(s.charAt(start - 1)))
                    || (end < s.length() && upperOrDigit(s.charAt(end)))) {
                continue;
            }
            boolean id = true;
            for (int j = start + 4; j < end && id; j++) {
                id = upperOrDigit(s.charAt(j));
            }
            if (id) {
                edits = mask(edits, s, start + 4, end);
            }
        }
        return edits;
    }

    private static boolean upperOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
