package de.ffit.campus.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInPageTest {

    private String after(String next) {
        SignInPage page = new SignInPage();
        page.setNext(next);
        return page.safeNext();
    }

    @Test
    void goesBackToThePageTheUserWantedInsideTheApplication() {
        assertEquals("/cohorts/view.xhtml?id=3", after("/cohorts/view.xhtml?id=3"));
        assertEquals("/index.xhtml", after(null));
    }

    @Test
    void neverRedirectsToAnotherSite() {
        assertEquals("/index.xhtml", after("https://evil.example/"));
        assertEquals("/index.xhtml", after("//evil.example/"));
        assertEquals("/index.xhtml", after("/\\evil.example"));
        assertEquals("/index.xhtml", after("/login.xhtml"));
    }
}
