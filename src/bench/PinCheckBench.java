import de.ffit.campus.account.control.PasswordHashing;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * One kiosk PIN check, in-process, before and after issue 24: the PBKDF2-HMAC-SHA512 hash (210,000 iterations,
 * {@code PasswordHashing}) that PINs were stored as, against today's keyed HMAC-SHA-256 ({@code PinHashing}), each on
 * a right PIN against its stored hash: the work of the kiosk's PIN step, without server, pages or database.
 * Usage (through src/bench/pins.sh): java -cp CLASSPATH PinCheckBench [PBKDF2_ROUNDS [HMAC_ROUNDS]]
 */
public class PinCheckBench {

    public static void main(String[] args) throws Exception {
        int slowRounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int fastRounds = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        char[] pin = "4821".toCharArray();

        PasswordHashing pbkdf2 = new PasswordHashing();
        String oldHash = pbkdf2.generate(pin);
        // PinHashing's key comes from FFIT_PIN_KEY_FILE in the app; here a fixed 32-byte key, through its own setter
        Class<?> type = Class.forName("de.ffit.campus.kiosk.control.PinHashing");
        Object hmac = type.getDeclaredConstructor().newInstance();
        Method useKey = type.getDeclaredMethod("useKey", byte[].class);
        useKey.setAccessible(true);
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 42);
        useKey.invoke(hmac, (Object) key);
        Method hash = type.getMethod("hash", char[].class);
        Method verify = type.getMethod("verify", char[].class, String.class);
        String newHash = (String) hash.invoke(hmac, (Object) pin);

        // warm-up, then measured one by one
        for (int i = 0; i < 3; i++) {
            check(pbkdf2.verify(pin, oldHash));
        }
        long[] slow = new long[slowRounds];
        for (int i = 0; i < slowRounds; i++) {
            long t = System.nanoTime();
            check(pbkdf2.verify(pin, oldHash));
            slow[i] = System.nanoTime() - t;
        }
        for (int i = 0; i < 50_000; i++) {
            check((Boolean) verify.invoke(hmac, pin, newHash));
        }
        long[] fast = new long[fastRounds];
        for (int i = 0; i < fastRounds; i++) {
            long t = System.nanoTime();
            check((Boolean) verify.invoke(hmac, pin, newHash));
            fast[i] = System.nanoTime() - t;
        }
        System.out.printf("cores: %d, java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        report("before: PBKDF2-HMAC-SHA512, 210,000 iterations", slow);
        report("after:  HMAC-SHA-256 under the PIN key", fast);
        System.out.printf("median ratio: %.0fx%n", (double) percentile(slow, 50) / percentile(fast, 50));
    }

    private static void check(boolean right) {
        if (!right) {
            throw new AssertionError("the right PIN did not verify");
        }
    }

    private static long percentile(long[] sorted, int p) {
        long[] s = sorted.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static void report(String what, long[] nanos) {
        System.out.printf("%-48s %8d checks  p50 %12s  p95 %12s  max %12s%n", what, nanos.length,
                time(percentile(nanos, 50)), time(percentile(nanos, 95)), time(percentile(nanos, 100)));
    }

    private static String time(long nanos) {
        return nanos >= 1_000_000 ? String.format("%.1f ms", nanos / 1e6) : String.format("%.1f µs", nanos / 1e3);
    }
}
