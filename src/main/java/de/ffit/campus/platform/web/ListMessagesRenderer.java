package de.ffit.campus.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages with each message a plain list item: PrimeFaces gives every {@code <li>} the role
 * {@code alert}, which takes it out of its list for assistive technology (axe: "list", serious). The messages'
 * container is a polite live region already, so the messages are still read out when they appear.
 */
public class ListMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage msg, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            private String element;

            @Override
            public void startElement(String name, UIComponent component) throws IOException {
                element = name;
                super.startElement(name, component);
            }

            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!("li".equals(element) && "role".equals(name))) {
                    super.writeAttribute(name, value, property);
                }
            }
        }, uiMessages, msg, severity, escape);
    }
}
