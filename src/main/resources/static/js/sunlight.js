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

// Beside a proposal: the discretion band of the chosen circumstance, and a warning while the amount lies outside it.
document.addEventListener("input", checkDiscretion);
document.addEventListener("change", checkDiscretion);
function checkDiscretion(event) {
    var form = event.target.closest && event.target.closest("form");
    var table = form && form.querySelector("[data-discretion]");
    var warning = table && table.querySelector("[data-discretion-warning]");
    if (!warning) {
        return;
    }
    var circumstance = form.querySelector("[data-circumstance]").value;
    var fine = form.querySelector("[data-fine]").value.trim();
    table.querySelectorAll("tr[data-circumstance]").forEach(function (row) {
        row.classList.toggle("chosen", row.dataset.circumstance === circumstance);
    });
    var row = circumstance && table.querySelector("tr[data-circumstance='" + circumstance + "']");
    var amount = Number(fine);
    var outside = row && fine !== "" && !isNaN(amount)
        && (amount < Number(row.dataset.min) || amount > Number(row.dataset.max));
    warning.hidden = !outside;
    if (outside) {
        warning.textContent = warning.dataset.template.replace("{0}", fine).replace("{1}", circumstance)
            .replace("{2}", row.dataset.min).replace("{3}", row.dataset.max);
    }
}

// Beside a proposal: the entries of the 不予处罚、从轻、减轻处罚清单 for the chosen circumstance are marked.
document.addEventListener("change", function (event) {
    var form = event.target.closest && event.target.closest("form");
    var list = form && event.target.matches("[data-circumstance]") && form.querySelector("[data-penalty-adjustments]");
    if (!list) {
        return;
    }
    list.querySelectorAll("tr[data-adjustment-circumstance]").forEach(function (row) {
        row.classList.toggle("chosen", row.dataset.adjustmentCircumstance === event.target.value);
    });
});

// A form marked data-confirm is sent only after the page's confirmation dialog names what happens and is accepted.
document.addEventListener("submit", function (event) {
    var form = event.target;
    var dialog = document.getElementById("confirm-dialog");
    if (!form.dataset || !form.dataset.confirm || !dialog || form.dataset.confirmed === "yes") {
        return;
    }
    event.preventDefault();
    var submitter = event.submitter;
    dialog.querySelector("[data-confirm-text]").textContent = form.dataset.confirm;
    dialog.returnValue = "";
    dialog.onclose = function () {
        if (dialog.returnValue === "yes") {
            form.dataset.confirmed = "yes";
            form.requestSubmit(submitter);
        }
    };
    dialog.showModal();
});

// A copy button puts its whole value (a hash shown shortened) on the clipboard and says so.
document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[data-copy]");
    if (!button) {
        return;
    }
    var done = function () {
        var label = button.textContent;
        button.textContent = button.dataset.done || label;
        setTimeout(function () { button.textContent = label; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(button.dataset.copy).then(done);
    } else {
        var area = document.createElement("textarea");
        area.value = button.dataset.copy;
        document.body.appendChild(area);
        area.select();
        document.execCommand("copy");
        area.remove();
        done();
    }
});

// 全部通过: every element of the review form marked 通过, to be changed one by one where a problem is found.
document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button[data-all-pass]");
    if (!button) {
        return;
    }
    button.form.querySelectorAll("input[type=radio][name^='pass-'][value=true]").forEach(function (radio) {
        radio.checked = true;
    });
});

// Each cell of a list table carries its column's name, so that a phone shows the rows as cards (see sunlight.css);
// tables htmx brings in later (a case page's documents and evidence) too.
function labelCells(root) {
    if (!root || !root.querySelectorAll) {
        return;
    }
    var tables = root.matches && root.matches("table.list") ? [root] : root.querySelectorAll("table.list");
    Array.prototype.forEach.call(tables, function (table) {
        var headers = table.querySelectorAll("thead th");
        if (headers.length === 0) {
            return;
        }
        table.querySelectorAll("tbody tr").forEach(function (row) {
            Array.prototype.forEach.call(row.children, function (cell, index) {
                if (!cell.hasAttribute("data-label") && headers[index]) {
                    cell.setAttribute("data-label", headers[index].textContent.trim());
                }
            });
        });
        table.classList.add("labelled");
    });
}
labelCells(document);
document.addEventListener("htmx:load", function (event) {
    labelCells(event.detail.elt);
});

// Rows a record repeats (the inquiry's questions and answers, the persons present at an inspection): data-add-row adds
// an empty row after the last, data-remove-row removes its row (never the last one); the rows are numbered again so that
// the names (prefix[i].part) follow the order on the page.
document.addEventListener("click", function (event) {
    var add = event.target.closest("[data-add-row]");
    var remove = event.target.closest("[data-remove-row]");
    if (!add && !remove) {
        return;
    }
    event.preventDefault();
    var list = add
        ? add.closest("fieldset").querySelector('[data-rows="' + add.dataset.addRow + '"]')
        : remove.closest("[data-rows]");
    var rows = list.querySelectorAll("[data-row]");
    if (add) {
        var row = rows[rows.length - 1].cloneNode(true);
        row.querySelectorAll("input, textarea").forEach(function (field) {
            field.value = "";
            field.classList.remove("invalid");
        });
        list.appendChild(row);
        renumberRows(list);
        row.querySelector("input, textarea").focus();
    } else if (rows.length > 1) {
        remove.closest("[data-row]").remove();
        renumberRows(list);
    }
});
function renumberRows(list) {
    var prefix = list.dataset.rows;
    var id = prefix.replace(/\W+/g, "-");
    list.querySelectorAll("[data-row]").forEach(function (row, i) {
        row.querySelectorAll("[data-number]").forEach(function (number) {
            number.textContent = String(i + 1);
        });
        row.querySelectorAll("input[data-part], textarea[data-part]").forEach(function (field) {
            field.name = prefix + "[" + i + "]." + field.dataset.part;
            field.id = id + "-" + field.dataset.part + "-" + i;
        });
        row.querySelectorAll("label[data-part]").forEach(function (label) {
            label.htmlFor = id + "-" + label.dataset.part + "-" + i;
        });
    });
}

// On a phone the console's navigation folds behind the menu button (sunlight.css): the button opens and closes it.
document.addEventListener("click", function (event) {
    var toggle = event.target.closest && event.target.closest("[data-menu-toggle]");
    if (!toggle) {
        return;
    }
    var nav = document.getElementById(toggle.getAttribute("aria-controls"));
    var open = !nav.classList.contains("open");
    nav.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", String(open));
});

// The console installs as a web app: its worker keeps only the static shell, never a case or an API answer (sw.js).
if ("serviceWorker" in navigator && document.querySelector(".site-header.console")
        && document.querySelector("link[rel=manifest]")) {
    navigator.serviceWorker.register("/sw.js", {scope: "/console"}).catch(function () {
        // no worker (a browser that refuses it): the console works the same, only not offline
    });
}
