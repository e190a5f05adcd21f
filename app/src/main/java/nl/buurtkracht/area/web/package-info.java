// SPDX-License-Identifier: EUPL-1.2
/**
 * Area pages (home, gemeente, wijk, buurt), the admin imports page and the areas and imports JSON API.
 */
@NullMarked
package nl.buurtkracht.area.web;

import org.jspecify.annotations.NullMarked;
