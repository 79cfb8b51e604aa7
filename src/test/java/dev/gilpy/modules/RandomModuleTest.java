package dev.gilpy.modules;

import dev.gilpy.runtime.PyBytes;
import dev.gilpy.runtime.PyInt;
import dev.gilpy.runtime.PyStr;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Mersenne Twister and its seeding must reproduce CPython 3.11's sequences exactly. */
class RandomModuleTest {
    private static RandomModule.RandomObj seeded(Object seed) {
        RandomModule.RandomObj r = new RandomModule.RandomObj(RandomModule.TYPE);
        r.seed(seed instanceof String s ? new PyStr(s) : seed instanceof byte[] b ? new PyBytes(b) : PyInt.of((Long) seed));
        return r;
    }

    @Test
    void intSeedRandom() {
        RandomModule.RandomObj r = seeded(42L);
        assertEquals(0.6394267984578837, r.random());
        assertEquals(0.025010755222666936, r.random());
    }

    @Test
    void getrandbitsWide() {
        assertEquals(new BigInteger("851902112152124120454"), seeded(2024L).getrandbits(70));
    }

    @Test
    void strSeedUsesSha512Version2() {
        assertEquals(0.6738372346382432, seeded("text seed").random());
    }

    @Test
    void randbelowMatchesCPython() {
        RandomModule.RandomObj r = seeded(0L);
        assertEquals(BigInteger.valueOf(3626764237L), r.getrandbits(32));
        assertEquals(new BigInteger("37640293162823619669"), r.randbelow(new BigInteger("100000000000000000000")));
    }
}
