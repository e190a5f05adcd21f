// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The map tile server, if any. Without one, maps draw outlines only and make no third-party requests.
 *
 * @param tileUrl a Leaflet URL template such as {@code https://tiles.example.nl/{z}/{x}/{y}.png}
 * @param tileAttribution the attribution the tile provider asks for
 */
@ConfigurationProperties("buurtkracht.map")
record MapTiles(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution) {
}
