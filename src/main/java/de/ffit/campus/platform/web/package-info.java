/**
 * What every page shares: security headers, the generic error pages, and the helpers page beans use to speak
 * the user's language and turn a service's refusal into a message.
 */
package de.ffit.campus.platform.web;
