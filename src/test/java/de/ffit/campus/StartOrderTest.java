package de.ffit.campus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.account.control.FirstAdminAtStart;
import de.ffit.campus.certificate.control.CertificateTemplates;
import de.ffit.campus.demo.DemoAtStart;
import de.ffit.campus.kiosk.control.PinKeyAtStart;
import de.ffit.campus.platform.persistence.ApplicationStart;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of the start that Bootstrap used to spell out: templates checked, then the first admin, then the demo. */
class StartOrderTest {

    @Test
    void theFeaturesAnswerTheStartInTheDeclaredOrder() {
        int templates = priorityOfTheStartObserver(CertificateTemplates.class);
        int firstAdmin = priorityOfTheStartObserver(FirstAdminAtStart.class);
        int demo = priorityOfTheStartObserver(DemoAtStart.class);
        assertEquals(ApplicationStart.CHECKS, templates);
        assertEquals(ApplicationStart.ACCOUNTS, firstAdmin);
        assertEquals(ApplicationStart.DATA, demo);
        // CDI calls the smaller priority first
        assertTrue(templates < firstAdmin && firstAdmin < demo, templates + " < " + firstAdmin + " < " + demo);
        // the PIN key is read (or refused) among the checks, before the demo data hashes the demo learners' PINs
        int pinKey = priorityOfTheStartObserver(PinKeyAtStart.class);
        assertEquals(ApplicationStart.CHECKS, pinKey);
        assertTrue(pinKey < demo);
    }

    private static int priorityOfTheStartObserver(Class<?> type) {
        List<Integer> found = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            for (Parameter parameter : method.getParameters()) {
                if (parameter.getType() == ApplicationStart.class && parameter.isAnnotationPresent(Observes.class)) {
                    Priority priority = parameter.getAnnotation(Priority.class);
                    assertTrue(priority != null, type.getSimpleName() + "." + method.getName() + " has no @Priority");
                    found.add(priority.value());
                }
            }
        }
        assertEquals(1, found.size(), type.getSimpleName() + " should observe ApplicationStart once");
        return found.get(0);
    }
}
