// Suggestions while typing: fills the datalist of every input with data-suggest from the API.
(function () {
  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    var timer;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2 || !list) { return; }
      timer = setTimeout(function () {
        fetch(input.dataset.suggest + '?q=' + encodeURIComponent(text), {credentials: 'same-origin'})
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (titles) {
            list.replaceChildren();
            titles.forEach(function (title) {
              var option = document.createElement('option');
              option.value = title;
              list.appendChild(option);
            });
          })
          .catch(function () { /* no suggestions while search is away */ });
      }, 200);
    });
  });
})();
