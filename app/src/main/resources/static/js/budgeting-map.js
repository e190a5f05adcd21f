// SPDX-License-Identifier: EUPL-1.2
// Buurtbudget maps: pick the place of an idea (sets the latitude and longitude fields) or show it.
// Only runs where a tile server is configured; without JavaScript the coordinate fields still work.
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('idea-map');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var lat = parseFloat(element.getAttribute('data-lat'));
  var lng = parseFloat(element.getAttribute('data-lng'));
  var shown = !isNaN(lat) && !isNaN(lng);
  var map = L.map(element).setView(shown ? [lat, lng] : [52.1, 5.3], shown ? 16 : 7);
  L.tileLayer(element.getAttribute('data-tiles'), { maxZoom: 19 }).addTo(map);
  var marker = shown ? L.marker([lat, lng]).addTo(map) : null;
  var latitude = document.getElementById('latitude');
  var longitude = document.getElementById('longitude');
  if (!latitude || !longitude) {
    return;
  }
  map.on('click', function (event) {
    latitude.value = event.latlng.lat.toFixed(6);
    longitude.value = event.latlng.lng.toFixed(6);
    if (marker) {
      marker.setLatLng(event.latlng);
    } else {
      marker = L.marker(event.latlng).addTo(map);
    }
  });
});
