package de.ffit.campus.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The fields of the page that have a message, for the summary at the top: it names each field by its label and
 * links to it; the message itself is shown once, next to its field (campus:field).
 */
@Named
@RequestScoped
public class FormErrors {

    /** A field with a message: where it is, and what its label says. */
    public record Field(String clientId, String label) {
    }

    /**
     * Read afresh on every call: the summary's {@code rendered} is evaluated already while the form is decoded,
     * before validation has added the messages, so a value kept from then would stay empty.
     */
    public List<Field> getFields() {
        return find(FacesContext.getCurrentInstance());
    }

    private static List<Field> find(FacesContext context) {
        List<Field> found = new ArrayList<>();
        Iterator<String> ids = context.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String id = ids.next();
            if (id == null) {
                continue;
            }
            String[] label = {null};
            context.getViewRoot().invokeOnComponent(context, id, (c, component) -> {
                Object value = component.getAttributes().get("label");
                label[0] = value == null ? null : value.toString();
            });
            if (label[0] == null) {
                // a field without a label: its message says what it is about
                label[0] = context.getMessageList(id).get(0).getSummary();
            }
            found.add(new Field(id, label[0]));
        }
        return found;
    }
}
