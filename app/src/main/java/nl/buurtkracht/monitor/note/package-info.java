// SPDX-License-Identifier: EUPL-1.2
/**
 * Field notes ("tellen en vertellen"): what council members and officials heard and saw in an area, shown
 * next to the numbers. Only for council members and officials of the gemeente, and never with personal data.
 */
@NullMarked
package nl.buurtkracht.monitor.note;

import org.jspecify.annotations.NullMarked;
