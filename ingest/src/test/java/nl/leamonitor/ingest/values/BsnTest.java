package nl.leamonitor.ingest.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The elfproef, checked against sums worked out by hand. */
class BsnTest {
  @Test
  void validBsn() {
    // 111222333: 9+8+7+12+10+8+9+6 - 3 = 66 = 6 x 11.
    assertTrue(Bsn.isBsn("111222333"));
    // 123456782: 9+16+21+24+25+24+21+16 - 2 = 154 = 14 x 11.
    assertTrue(Bsn.isBsn("123456782"));
  }

  @Test
  void invalidBsn() {
    // 123456789: 156 - 9 = 147, remainder 4.
    assertFalse(Bsn.isBsn("123456789"));
    // All zeros has sum 0 but is excluded by the contract.
    assertFalse(Bsn.isBsn("000000000"));
    // 000000001: sum -1, no multiple of 11.
    assertFalse(Bsn.isBsn("000000001"));
  }

  @Test
  void onderwijsnummerLeavesRemainderFive() {
    // 100000004: 9 - 4 = 5.
    assertTrue(Bsn.isOnderwijsnummer("100000004"));
    assertFalse(Bsn.isBsn("100000004"));
    // 100000015: 9 - 5 = 4.
    assertFalse(Bsn.isOnderwijsnummer("100000015"));
    // 200000002: 18 - 2 = 16 = 11 + 5, remainder 5, yet it does not start with 10.
    assertFalse(Bsn.isOnderwijsnummer("200000002"));
  }

  @Test
  void eightDigitsArePaddedOtherLengthsRefused() {
    assertEquals("012345672", Bsn.nineDigits("12345672"));
    assertEquals("111222333", Bsn.nineDigits("111222333"));
    assertNull(Bsn.nineDigits("1234567"));
    assertNull(Bsn.nineDigits("1112223334"));
    assertNull(Bsn.nineDigits("11122233a"));
    assertNull(Bsn.nineDigits(" 11222333"));
  }

  @Test
  void maskKeepsTheLastThreeDigits() {
    assertEquals("******789", Bsn.mask("123456789"));
    assertEquals("*****789", Bsn.mask("23456789"));
    assertEquals("****", Bsn.mask("1234"));
  }
}
