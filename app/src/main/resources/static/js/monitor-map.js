// SPDX-License-Identifier: EUPL-1.2
/*
 * The wijkmonitor's choropleth: the wijken or buurten of a gemeente filled by their index class (colour plus
 * pattern, defined in the page), drawn with Leaflet on tiles from the configured server or as outlines only.
 * Every area is a link that works with mouse and keyboard (Tab, then Enter) and has a label for screen
 * readers. The table on the page holds the same figures, so without JavaScript nothing is lost.
 */
(function () {
  'use strict';

  function fill(template, properties) {
    return template
      .replace('{name}', properties.name)
      .replace('{class}', properties['class'])
      .replace('{score}', properties.composite === undefined ? ''
        : Number(properties.composite).toLocaleString(document.documentElement.lang || 'nl',
          { minimumFractionDigits: 1, maximumFractionDigits: 1 }))
      .replace('{stacking}', properties.stackingCount === undefined ? '' : properties.stackingCount);
  }

  function label(container, properties) {
    return properties['class'] ? fill(container.dataset.labelScored, properties)
      : fill(container.dataset.labelUnscored, properties);
  }

  function makeLink(container, feature, layer) {
    var text = label(container, feature.properties);
    layer.bindTooltip(text, { sticky: true, className: 'bk-map-tooltip' });
    layer.on('click', function () { window.location.href = feature.properties.href; });
    layer.on('add', function () {
      var element = layer.getElement();
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', 'link');
      element.setAttribute('aria-label', text);
      element.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
          window.location.href = feature.properties.href;
        }
      });
      element.addEventListener('focus', function () { layer.openTooltip(); });
      element.addEventListener('blur', function () { layer.closeTooltip(); });
    });
  }

  function style(feature) {
    var fifth = feature.properties['class'];
    return { className: 'bk-monitor-area ' + (fifth ? 'bk-class-' + fifth : 'bk-class-none') };
  }

  function draw(container, collection) {
    var map = L.map(container, { scrollWheelZoom: false, zoomSnap: 0.25 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution(container.dataset.attribution);
    if (container.dataset.tileUrl) {
      L.tileLayer(container.dataset.tileUrl, { attribution: container.dataset.tileAttribution || '' }).addTo(map);
    }
    var layer = L.geoJSON(collection, {
      style: style,
      onEachFeature: function (feature, path) { makeLink(container, feature, path); }
    }).addTo(map);
    map.fitBounds(layer.getBounds(), { padding: [8, 8] });
  }

  function init(container) {
    if (typeof L === 'undefined') {
      return;
    }
    fetch(container.dataset.url, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (collection) {
        if (!collection || collection.features.length === 0) {
          return;
        }
        container.hidden = false;
        draw(container, collection);
        container.dataset.ready = 'true';
      })
      .catch(function () { container.dataset.ready = 'failed'; });
  }

  document.querySelectorAll('[data-monitor-map]').forEach(init);
})();
