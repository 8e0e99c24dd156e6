/**
 * What every page shares: security headers, the generic error pages, and the helpers page beans use to speak
 * the user's language and turn a service's refusal into a message. Every form field is written with the
 * {@code <campus:field>} tag (webapp/WEB-INF/tags/field.xhtml): label, input, hint and one message, the input
 * labelled by {@link de.ffit.campus.platform.web.LabelledInput}; the page's summary ({@link
 * de.ffit.campus.platform.web.FormErrors}) only links to the fields; dates are typed through {@link
 * de.ffit.campus.platform.web.TypedDate}.
 */
package de.ffit.campus.platform.web;
