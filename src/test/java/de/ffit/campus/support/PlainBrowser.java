package de.ffit.campus.support;

import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;

/** HtmlUnit without scripts or styles, for pages that must work as plain HTML forms; error statuses are pages too. */
public final class PlainBrowser {

    private PlainBrowser() {
    }

    public static WebClient speaking(String acceptLanguage) {
        WebClient client = new WebClient(BrowserVersion.CHROME);
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.addRequestHeader("Accept-Language", acceptLanguage);
        return client;
    }
}
