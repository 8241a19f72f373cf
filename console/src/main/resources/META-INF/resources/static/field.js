// The field verifier's check page: the phone's position goes into the form's hidden fields (verification compares it
// with the complaint's place when the photo carries no GPS of its own), the photo is previewed, and the button shows
// it is sending (a village connection is slow; a second tap would only be refused). No text lives here: the words
// come from the page's data attributes (the message bundle).
(function () {
  'use strict';
  var gps = document.getElementById('gps');
  var form = document.getElementById('verdict-form');

  var photo = document.getElementById('your-photo');
  if (photo) {
    var hide = function () { photo.hidden = true; };
    photo.addEventListener('error', hide);
    if (photo.complete && photo.naturalWidth === 0) { hide(); }
  }
  if (!form || !gps) { return; }

  var text = document.getElementById('gps-text');
  var lat = document.getElementById('device-latitude');
  var lon = document.getElementById('device-longitude');

  function found(p) {
    lat.value = String(p.coords.latitude);
    lon.value = String(p.coords.longitude);
    text.textContent = gps.dataset.found.replace('%m', String(Math.round(p.coords.accuracy || 0)));
    gps.classList.add('ok');
    gps.classList.remove('bad');
  }

  function failed() {
    if (lat.value) { return; } // an earlier fix still stands
    text.textContent = gps.dataset.failed;
    gps.classList.add('bad');
  }

  if (navigator.geolocation) {
    // watch, not one reading: the first fix indoors is often coarse; a better one replaces it as the verifier walks
    navigator.geolocation.watchPosition(found, failed, { enableHighAccuracy: true, timeout: 20000, maximumAge: 30000 });
  } else {
    failed();
  }

  var input = document.getElementById('photo');
  var preview = document.getElementById('photo-preview');
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    if (!file) { preview.hidden = true; return; }
    preview.src = URL.createObjectURL(file);
    preview.hidden = false;
  });

  form.addEventListener('submit', function () {
    var button = document.getElementById('submit-verdict');
    button.disabled = true;
    button.textContent = gps.dataset.sending;
  });
}());
