// Refreshes the "Reads as" preview of an occupation's change form while the editor types.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const preview = document.getElementById("wording-preview");
  if (!preview) {
    return;
  }
  const names = ["title", "singular", "plural", "article", "yearly_salary"];
  const fields = names.map((name) => document.getElementById(`id_${name}`)).filter(Boolean);
  let timer = null;
  const refresh = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const query = new URLSearchParams(fields.map((field) => [field.name, field.value]));
      const response = await fetch(`${preview.dataset.url}?${query}`, { credentials: "same-origin" });
      if (response.ok) {
        preview.innerHTML = await response.text();
      }
    }, 250);
  };
  for (const field of fields) {
    field.addEventListener("input", refresh);
    field.addEventListener("change", refresh);
  }
});
