package de.ffit.campus.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.certificate.control.Certificates.Typed;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a person types on the verify page or into GET /api/verify/{code}. */
class TypedCodeTest {

    @Test
    void theQrCodesCodeStaysAsItIs() {
        String code = "q7Xw2mB9kLp4RtZs8NvC1a-_";
        assertEquals(Optional.of(new Typed(null, code, false)), Typed.read(code));
        assertEquals(Optional.of(new Typed(null, code, false)), Typed.read(" " + code + " "));
    }

    @Test
    void theShortCodeAloneOrAfterTheSerialInAnyCaseAndSpacing() {
        Typed alone = new Typed(null, "K7M2QX9P4T", true);
        Typed withSerial = new Typed("FFIT-2026-000123", "K7M2QX9P4T", true);
        assertEquals(Optional.of(alone), Typed.read("K7M2-QX9P-4T"));
        assertEquals(Optional.of(alone), Typed.read("k7m2 qx9p 4t"));
        assertEquals(Optional.of(withSerial), Typed.read("FFIT-2026-000123 K7M2-QX9P-4T"));
        assertEquals(Optional.of(withSerial), Typed.read("ffit-2026-000123-k7m2qx9p4t"));
        assertEquals(Optional.of(withSerial), Typed.read("FFIT-2026-000123, K7M2 QX9P 4T"));
        assertEquals(Optional.of(new Typed("FFIT-2026-000123", "q7Xw2mB9kLp4RtZs8NvC1a-_", false)),
                Typed.read("FFIT-2026-000123 q7Xw2mB9kLp4RtZs8NvC1a-_"));
    }

    @Test
    void theSerialAloneOrAWrongCodeIsNothingToLookUp() {
        assertEquals(Optional.empty(), Typed.read("FFIT-2026-000123"));
        assertTrue(Typed.isSerialOnly(" ffit-2026-000123 "));
        assertFalse(Typed.isSerialOnly("FFIT-2026-000123 K7M2-QX9P-4T"));
        assertEquals(Optional.empty(), Typed.read("FFIT-2026-000123 K7M2-QX9P"));
        assertEquals(Optional.empty(), Typed.read("1"));
        assertEquals(Optional.empty(), Typed.read("x".repeat(81)));
    }
}
