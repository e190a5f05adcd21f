// SPDX-License-Identifier: EUPL-1.2
/*
 * Draws the boundaries of an area and the areas inside it with Leaflet, on tiles from the configured
 * server or, without one, as outlines only (no third-party requests). Every area is a link that works
 * with mouse and keyboard (Tab, Enter). The same areas are in a table on the page, so the map is an
 * enhancement: without JavaScript the container stays hidden.
 */
(function () {
  'use strict';

  function load(url) {
    if (!url) {
      return Promise.resolve(null);
    }
    return fetch(url, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .catch(function () { return null; });
  }

  function go(feature) {
    window.location.href = feature.properties.href;
  }

  /* Names stay on the map when there are few areas; with many they would cover each other. */
  var MAX_PERMANENT_LABELS = 12;

  function makeLink(feature, layer, permanent) {
    layer.bindTooltip(feature.properties.name, permanent
      ? { permanent: true, direction: 'center', className: 'bk-map-label' }
      : { sticky: true });
    layer.on('click', function () { go(feature); });
    layer.on('add', function () {
      var element = layer.getElement();
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', 'link');
      element.setAttribute('aria-label', feature.properties.name);
      element.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
          go(feature);
        }
      });
      if (!permanent) {
        element.addEventListener('focus', function () { layer.openTooltip(); });
        element.addEventListener('blur', function () { layer.closeTooltip(); });
      }
    });
  }

  function draw(container, outline, children) {
    var map = L.map(container, { scrollWheelZoom: false, zoomSnap: 0.25 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(container.dataset.attribution);
    if (container.dataset.tileUrl) {
      L.tileLayer(container.dataset.tileUrl, { attribution: container.dataset.tileAttribution || '' }).addTo(map);
    }
    var layers = L.featureGroup().addTo(map);
    if (outline) {
      L.geoJSON(outline, { interactive: false, style: { className: 'bk-map-outline' } }).addTo(layers);
    }
    if (children && children.features.length > 0) {
      var permanent = children.features.length <= MAX_PERMANENT_LABELS;
      L.geoJSON(children, {
        style: { className: 'bk-map-area' },
        onEachFeature: function (feature, layer) { makeLink(feature, layer, permanent); }
      }).addTo(layers);
    }
    if (layers.getLayers().length > 0) {
      map.fitBounds(layers.getBounds(), { padding: [8, 8] });
    }
  }

  function init(container) {
    if (typeof L === 'undefined') {
      return;
    }
    Promise.all([load(container.dataset.outline), load(container.dataset.boundaries)]).then(function (found) {
      var outline = found[0];
      var children = found[1];
      if (!outline && !(children && children.features.length > 0)) {
        return;
      }
      container.hidden = false;
      draw(container, outline, children);
      container.dataset.ready = 'true';
    });
  }

  document.querySelectorAll('[data-area-map]').forEach(init);
})();
