// SPDX-License-Identifier: EUPL-1.2
/**
 * Reading and writing the Pabulib {@code .pb} format (pabulib.org/format), the open-data format of participatory
 * budgeting votes.
 */
@NullMarked
package nl.buurtkracht.pb.pabulib;

import org.jspecify.annotations.NullMarked;
