// The officer's complaint page: fills the report's hidden latitude/longitude from the phone's GPS when the browser
// gives it (the form works without), and keeps a slow connection from sending a report twice. Words come from the
// page (data- attributes, from the message bundle); nothing is put in as HTML.
(function () {
  'use strict';
  var gps = document.getElementById('gps');
  if (gps) {
    var status = document.getElementById('gps-status');
    var latitude = document.getElementById('latitude');
    var longitude = document.getElementById('longitude');
    if (navigator.geolocation) {
      status.textContent = gps.dataset.waiting;
      navigator.geolocation.getCurrentPosition(function (position) {
        latitude.value = position.coords.latitude.toFixed(6);
        longitude.value = position.coords.longitude.toFixed(6);
        status.textContent = gps.dataset.got.replace('LAT', latitude.value).replace('LON', longitude.value);
        gps.classList.add('found');
      }, function () {
        status.textContent = gps.dataset.none;
      }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
    }
  }
  Array.prototype.forEach.call(document.querySelectorAll('form.stack'), function (form) {
    form.addEventListener('submit', function () {
      var button = form.querySelector('button[type="submit"]');
      if (button) { window.setTimeout(function () { button.disabled = true; }, 0); }
    });
  });
})();
