// htmx requests carry the CSRF token of the page, like the forms do.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});

// The transfer of an uploaded file fills the progress bar of its form (the dossier import page).
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = event.target.querySelector('progress');
  if (bar && event.detail.lengthComputable && event.detail.total > 0) {
    bar.value = Math.round(event.detail.loaded * 100 / event.detail.total);
  }
});
