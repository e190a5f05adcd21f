// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.pb.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.buurtkracht.pb.Instance;
import nl.buurtkracht.pb.Rational;

/** Formats exact amounts (in minor units) as decimal currency amounts for display. */
final class Amounts {

    private Amounts() {
    }

    /** An exact amount of minor units in currency units, without trailing zeros. */
    static String money(Instance instance, long minorUnits) {
        return plain(instance.toDecimal(minorUnits));
    }

    /** A rational amount of minor units in currency units, rounded to two digits beyond a minor unit. */
    static String money(Instance instance, Rational minorUnits) {
        BigDecimal units = minorUnits.toBigDecimal(instance.decimals() + 2, RoundingMode.HALF_EVEN)
                .movePointLeft(instance.decimals());
        return plain(units);
    }

    /** A rational number rounded to {@code digits} significant-ish decimal places. */
    static String number(Rational value, int digits) {
        return plain(value.toBigDecimal(digits, RoundingMode.HALF_EVEN));
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
