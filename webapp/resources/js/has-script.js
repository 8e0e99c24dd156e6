/*
 * Before the first paint: the page knows it has script (class "js" on <html>), so a phone's header folds its menu
 * and languages behind buttons (js/header.js); without script they stay open as plain links. A file of its own,
 * not an inline script: the Content-Security-Policy allows no inline script without the page's nonce.
 */
document.documentElement.classList.add("js");
