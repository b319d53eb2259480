package io.straceflow.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Planted secrets in strace lines as strace 6.1 prints them (-f -tt -yy -x -s 1000). */
class SecretMaskerTest {
    private final SecretMasker masker = new SecretMasker();

    private String mask(String line) {
        return masker.mask(line);
    }

    @Test
    void keyValueInABufferKeepsTheKey() {
        assertThat(mask("812 12:00:00.000001 write(1</dev/null<char 1:3>>, \"password=hunter2\\n\", 17) = 17"))
                .isEqualTo("812 12:00:00.000001 write(1</dev/null<char 1:3>>, \"password=***\\n\", 17) = 17");
        assertThat(mask("write(3, \"user=bob&PASSWD=hunter2&token=abc;x=1\", 36) = 36"))
                .isEqualTo("write(3, \"user=bob&PASSWD=***&token=***;x=1\", 36) = 36");
        assertThat(mask("write(3, \"DB_PASSWORD = hunter2 api_key=k1 apikey=k2 api-key=k3 client_secret=s\", 9) = 9"))
                .isEqualTo(
                        "write(3, \"DB_PASSWORD = *** api_key=*** apikey=*** api-key=*** client_secret=***\", 9) = 9");
        assertThat(masker.masked()).isEqualTo(8);
    }

    /** The masker looks for secrets at each '=', ':', '-' and 'I': many of each before a secret must not hide it. */
    @Test
    void secretsAfterManyOfTheCharactersThatFindThem() {
        String noise = "a=1 b:2 c-3 IX ".repeat(40); // 40 of each of = : - I before the secrets
        String line = "write(3, \"" + noise + "token=abc -----BEGIN EC PRIVATE KEY-----\\nMHc\\n-----END EC PRIVATE"
                + " KEY----- https://u:pw@h/ AKIAABCDEFGHIJKLMNOP\", 900) = 900";
        assertThat(mask(line))
                .isEqualTo("write(3, \"" + noise + "token=*** -----BEGIN EC PRIVATE KEY-----\\n***\\n-----END EC"
                        + " PRIVATE KEY----- https://u:***@h/ AKIA***\", 900) = 900");
        assertThat(mask(noise)).isSameAs(noise); // nothing to mask: the same instance
        assertThat(masker.masked()).isEqualTo(4);
    }

    @Test
    void quotedValuesAndJson() {
        assertThat(mask("write(3, \"{\\\"password\\\": \\\"hunter 2\\\", \\\"user\\\": \\\"bob\\\"}\", 40) = 40"))
                .isEqualTo("write(3, \"{\\\"password\\\": \\\"***\\\", \\\"user\\\": \\\"bob\\\"}\", 40) = 40");
        assertThat(mask("echo password='hunter 2' secret=\"x y\"")).isEqualTo("echo password='***' secret=\"***\"");
    }

    @Test
    void nonAsciiBytesBelongToTheValue() {
        assertThat(mask("write(1, \"token=h\\xc3\\xa9llo\\\\x\\tnext\", 20) = 20"))
                .isEqualTo("write(1, \"token=***\\tnext\", 20) = 20");
    }

    @Test
    void authorizationHeaderKeepsItsScheme() {
        String req = "sendto(3<TCP:[10.0.0.1:5000->10.0.0.2:80]>, \"GET / HTTP/1.1\\r\\nHost: x\\r\\n"
                + "Authorization: Bearer abc.def-ghi\\r\\nCookie: sid=42; theme=dark\\r\\n\\r\\n\", 90, 0, NULL, 0) = 90";
        assertThat(mask(req))
                .isEqualTo("sendto(3<TCP:[10.0.0.1:5000->10.0.0.2:80]>, \"GET / HTTP/1.1\\r\\nHost: x\\r\\n"
                        + "Authorization: Bearer ***\\r\\nCookie: ***\\r\\n\\r\\n\", 90, 0, NULL, 0) = 90");
        assertThat(mask("write(2, \"authorization: Basic dXNlcjpwYXNz\", 34) = 34"))
                .isEqualTo("write(2, \"authorization: Basic ***\", 34) = 34");
        assertThat(mask("write(2, \"Authorization: s3cr3t\", 21) = 21"))
                .isEqualTo("write(2, \"Authorization: ***\", 21) = 21");
    }

    @Test
    void privateKeyBlockKeepsItsMarkers() {
        String key = "write(4, \"-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEA7x+0=\\nQ2FmZQ==\\n"
                + "-----END RSA PRIVATE KEY-----\\n\", 120) = 120";
        assertThat(mask(key))
                .isEqualTo("write(4, \"-----BEGIN RSA PRIVATE KEY-----\\n***\\n-----END RSA PRIVATE KEY-----\\n\", 120)"
                        + " = 120");
        assertThat(masker.masked()).isEqualTo(1); // the '=' of the base64 inside is not a second secret
    }

    @Test
    void truncatedPrivateKeyIsMaskedToTheEndOfTheString() {
        String cut = "read(3</k>, \"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEA\"..., 4096) = 2602";
        assertThat(mask(cut)).isEqualTo("read(3</k>, \"-----BEGIN OPENSSH PRIVATE KEY-----\\n***\"..., 4096) = 2602");
    }

    @Test
    void certificatesAndPublicKeysStay() {
        String cert = "read(3, \"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n\", 99) = 60";
        assertThat(mask(cert)).isSameAs(cert);
    }

    @Test
    void urlPasswordAndAwsKeyId() {
        assertThat(mask("connect \"https://bob:hunter2@example.com/x\" AKIAIOSFODNN7EXAMPLE"))
                .isEqualTo("connect \"https://bob:***@example.com/x\" AKIA***");
        assertThat(mask("AKIAIOSFODNN7EXAMPLEX AKIA123")).isEqualTo("AKIAIOSFODNN7EXAMPLEX AKIA123");
    }

    @Test
    void ordinaryLinesComeBackAsTheSameInstance() {
        for (String line : List.of(
                "812 12:00:00.000001 openat(AT_FDCWD</tmp>, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3</etc/passwd>",
                "812 12:00:00.000002 newfstatat(3</etc/passwd>, \"\", {st_mode=S_IFREG|0644, st_size=1234}, 0) = 0",
                "812 12:00:00.000003 read(3</etc/nsswitch.conf>, \"passwd:         files systemd\\n\", 4096) = 30",
                "812 12:00:00.000004 --- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=813} ---",
                "812 12:00:00.000005 write(1, \"password= \\n\", 11) = 11")) {
            assertThat(mask(line)).isSameAs(line);
        }
        assertThat(masker.masked()).isZero();
    }

    @Test
    void maskingTwiceChangesNothing() {
        String once =
                mask("write(1, \"password=hunter2 AKIAIOSFODNN7EXAMPLE http://u:pw@h/ -----BEGIN PRIVATE KEY-----\\n"
                        + "MIIE\\n-----END PRIVATE KEY----- Authorization: Bearer x\", 9) = 9");
        assertThat(mask(once)).isSameAs(once);
        assertThat(masker.masked()).isEqualTo(5);
    }

    @Test
    void argvMasksTheArgumentAfterASecretFlag() {
        List<String> argv = List.of("mysql", "--password", "hunter2", "--token=abc", "-u", "root", "--api-key");
        assertThat(masker.maskArgv(argv))
                .containsExactly("mysql", "--password", "***", "--token=***", "-u", "root", "--api-key");
        List<String> plain = List.of("ls", "-l", "/tmp");
        assertThat(masker.maskArgv(plain)).isSameAs(plain);
    }
}
