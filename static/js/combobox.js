// Occupation suggestions as a person types, following the WAI-ARIA 1.2 combobox pattern
// (an editable combobox with list autocomplete). Without this script the inputs stay plain
// text fields and the form still works: any title, slug or SOC code is accepted.
"use strict";

(() => {
  const DELAY = 150;
  let counter = 0;

  function enhance(input) {
    const url = input.dataset.suggestUrl;
    if (!url) {
      return;
    }
    counter += 1;
    const listbox = document.createElement("ul");
    listbox.id = `${input.id || "suggest"}-listbox-${counter}`;
    listbox.className = "suggestions";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", "Suggested occupations");
    listbox.hidden = true;
    const status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.after(listbox, status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    let options = [];
    let active = -1;
    let timer = null;
    let request = 0;

    function close() {
      // Suggestions still on their way are for text the person has moved on from.
      clearTimeout(timer);
      request += 1;
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      options.forEach((option, position) => option.setAttribute("aria-selected", String(position === index)));
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function choose(index) {
      input.value = options[index].dataset.value;
      close();
    }

    function show(suggestions) {
      listbox.replaceChildren();
      options = suggestions.map((suggestion, position) => {
        const option = document.createElement("li");
        option.id = `${listbox.id}-${position}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.value = suggestion.title;
        option.textContent = suggestion.title;
        if (suggestion.matched) {
          const note = document.createElement("span");
          note.className = "note";
          note.textContent = ` also called ${suggestion.matched}`;
          option.append(note);
        }
        option.addEventListener("mousedown", (event) => event.preventDefault());
        option.addEventListener("click", () => choose(position));
        listbox.append(option);
        return option;
      });
      active = -1;
      status.textContent = options.length
        ? `${options.length} suggestion${options.length === 1 ? "" : "s"}, use the up and down arrows to choose.`
        : "No suggestions.";
      // A title typed in full needs no list over the rest of the form; the arrows still open it.
      const typed = input.value.trim().toLowerCase();
      const complete = suggestions.some((suggestion) => suggestion.title.toLowerCase() === typed);
      if (options.length && !complete) {
        listbox.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        listbox.hidden = true;
        input.setAttribute("aria-expanded", "false");
      }
    }

    async function fetchSuggestions() {
      const query = input.value.trim();
      if (query.length < 2) {
        options = [];
        close();
        return;
      }
      request += 1;
      const mine = request;
      try {
        const response = await fetch(`${url}?q=${encodeURIComponent(query)}`, { headers: { Accept: "application/json" } });
        if (!response.ok || mine !== request) {
          return;
        }
        const data = await response.json();
        if (mine === request) {
          show(data.suggestions);
        }
      } catch {
        close();
      }
    }

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY);
    });

    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (listbox.hidden && options.length) {
          listbox.hidden = false;
          input.setAttribute("aria-expanded", "true");
        }
        if (options.length) {
          highlight((active + 1) % options.length);
        }
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (options.length && !listbox.hidden) {
          highlight(active <= 0 ? options.length - 1 : active - 1);
        }
      } else if (event.key === "Enter") {
        if (!listbox.hidden && active >= 0) {
          event.preventDefault();
          choose(active);
        }
      } else if (event.key === "Escape") {
        if (!listbox.hidden) {
          event.preventDefault();
          close();
        } else {
          input.value = "";
        }
      } else if (event.key === "Tab") {
        close();
      }
    });

    input.addEventListener("blur", close);
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(enhance);
})();
