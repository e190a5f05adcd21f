// SPDX-License-Identifier: EUPL-1.2
/**
 * Root of the Buurtkracht application; every direct sub-package is an application module.
 */
@NullMarked
package nl.buurtkracht;

import org.jspecify.annotations.NullMarked;
