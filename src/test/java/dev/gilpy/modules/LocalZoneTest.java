package dev.gilpy.modules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** time.tzname's abbreviations come from the POSIX rule, as glibc reads them. */
class LocalZoneTest {
    @Test
    void abbreviationsOfPosixRules() {
        assertArrayEquals(new String[]{"CET", "CEST"}, LocalZone.fromRule("CET-1CEST,M3.5.0,M10.5.0/3"));
        assertArrayEquals(new String[]{"EST", "EDT"}, LocalZone.fromRule("EST5EDT,M3.2.0,M11.1.0"));
        assertArrayEquals(new String[]{"UTC", "UTC"}, LocalZone.fromRule("UTC0"));
        assertArrayEquals(new String[]{"+0330", "+0330"}, LocalZone.fromRule("<+0330>-3:30"));
        assertArrayEquals(new String[]{"AEST", "AEDT"}, LocalZone.fromRule("AEST-10AEDT,M10.1.0,M4.1.0/3"));
        assertArrayEquals(new String[]{"-03", "-03"}, LocalZone.fromRule("<-03>3"));
        assertNull(LocalZone.fromRule(""));
        assertNull(LocalZone.fromRule("5"));
    }
}
