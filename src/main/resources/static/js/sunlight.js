// htmx requests carry the CSRF token of the page.
document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// Behaviour the pages ask for by attribute, since the Content-Security-Policy allows no inline script:
// data-print prints the page, data-submit-on-change submits the select's form when it changes.
document.addEventListener("click", function (event) {
    var printer = event.target.closest("[data-print]");
    if (printer) {
        event.preventDefault();
        window.print();
    }
});
document.addEventListener("change", function (event) {
    if (event.target.matches("[data-submit-on-change]") && event.target.form) {
        event.target.form.submit();
    }
});
