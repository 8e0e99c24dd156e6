package de.ffit.campus.platform.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;

/**
 * Gives the input of a {@code <campus:field>} the field's label, so that Faces' messages ("Benutzername: Bitte
 * ausfüllen.") name the field as the user sees it. PrimeFaces' output label does this only while it renders,
 * which is too late for a page without view state (sign-in) and for the first post of a freshly built view: then
 * the message named the client id ("signIn:username"). A tag handler runs whenever the tree is built, before any
 * validation. The label stays an expression, so it follows the user's language.
 */
public class LabelledInput extends TagHandler {

    private final TagAttribute target;
    private final TagAttribute label;

    public LabelledInput(TagConfig config) {
        super(config);
        target = getRequiredAttribute("for");
        label = getRequiredAttribute("label");
    }

    @Override
    public void apply(FaceletContext context, UIComponent parent) {
        String id = target.getValue(context);
        UIComponent input = parent.findComponent(id);
        if (input == null) {
            for (UIComponent child : parent.getChildren()) {
                if (id.equals(child.getId())) {
                    input = child;
                }
            }
        }
        if (input != null && input.getValueExpression("label") == null && input.getAttributes().get("label") == null) {
            ValueExpression expression = label.getValueExpression(context, String.class);
            input.setValueExpression("label", expression);
        }
    }
}
