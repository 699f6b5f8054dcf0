"""zlib.compressobj and zlib.decompressobj: streams compressed in pieces
with every flush mode decompress to what went in (one-shot and streaming,
raw, zlib and gzip); streams CPython's zlib made decode in pieces of every
size to the same output pieces; max_length with unconsumed_tail, eof,
unused_data, flush, copy, and the errors with zlib's messages.  Compressed
bytes and unconsumed_tail's length are never printed: they need not be
zlib's."""

import binascii
import zlib
from typing import Callable

WORDS = [b"stream ", b"of ", b"deflate ", b"blocks ", b"sync ", b"flush\n", b"window ", b"bytes "]


def lcg_bytes(n: int, seed: int, alphabet: int) -> bytes:
    out = bytearray(n)
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out[i] = (x >> 16) % alphabet
    return bytes(out)


def text(n: int, seed: int) -> bytes:
    out = bytearray()
    x = seed
    while len(out) < n:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out += WORDS[(x >> 16) % 8]
    return bytes(out[:n])


# made by CPython's zlib (tests/programs/zlib_stream.py's data, compressed once)
BLOBS: list[tuple[str, int, str]] = [
    ("zlib level 9", 15,
        "78da8d5a7b4c95651837fba3261b58d98ce61a1246b116684b6d0d9c36b451d84ccd2ea3e25e4a303ca4a19664b98683"
        "9920822c3563adc274a9b5822e1a9361a7a5a14d5d63ebb6e81e10b9348d459cef9cefb9fc9ef79c8dc1f9f8def35e9e"
        "ebeff93d6f415945e18a405241e84f49d95381c72704aa5616e73f99b4fa89f2a28ad54981eaf242ef454175557120c9"
        "7b1d7a08bdf086861e2a4af83c63138cfdf256094fc09e42a3c8e7a2e292b2fcaae2d0833fe7d83c64e9f0b0f05f6f56"
        "6f47ded3e8d7c3abf9a721138ebe0ffdd037de69bdf7ded6c446f8114cc1f82208ff233434724626f1c81a054c39de5b"
        "f11d3aab5483f846f82f1f1ddaae90d0e8a318cd764fcf4e3e8bad9149f8498812b8e80c6512a5536b64c2e7da0c4fc0"
        "f4496dfcfff38e4d08ac900d0cef9c28153883523031bcb171e24442b8de56e886800b01e740aa8c2cc59e880c1d561b"
        "313d2243b156c85122c3b5f8b931870652c331e67539358848541a4c53e1eff8f6cf44c92d512c207d4bba25d030331c"
        "a246ba49ae11b134b571ec2e441761fbe6218108811b048f36fe7442456c3523dae8e04556f577e44f4ef4c04c0c9d3b"
        "2c5a713ce67b62396656ec3842dae437372efe14dd5650c08212d4e10d262568ff563cf1ad193801ce7d440111b726ff"
        "43514c2e2e3222f37518258900a44b41075101df7fc534ec5b97820152ebc89dc8b2287df2e3f3cc0d8e2c63878aacc4"
        "17fc777c33d04fd9ca20bfaa702b4277e827e244e8bc0ada08f1713361d6c1f78572b08ef5d8d409e622e01058223ea6"
        "f026727a1f7840ebb25124fd0c9c012a1479b85cd1b91c52be865976a04372c0a15083092a35a7a5115d1131b2c52296"
        "c74ea2c1a0ce5632047231136da23c2aaa0d0485004656d5889d95241c8f2c08a665c140c0152b1f82004261942e30c8"
        "5bf5d140557c0d6ea4b62d72580af68062a406eb649342be46fe91a5a60afb30df710d5208abe566e5131e38a294bb20"
        "96624b66b28d440f264f190629bc46ca03b1d2aa0035f431d39155b322c484d29f004ca238300c1ca45618e7f4771c6b"
        "e3ca089a0f0f694c05a2ea7767a058ea0b47ed8f8096462f51cb3edf9e38720aef19e04650e4e1154492881e4054aa00"
        "87a13241c413a096acba2c4a01e82ebe293e76c43f042201d4115eceb46c09211a4a64912be25b2a87a1900fec096b4a"
        "991f879148352a90313701bf5939c75429e9180c0e555c418006b88b26b762849402c3c82dc2fad05b0193063a7ab3a1"
        "12852073c71685323bdb35245d99d1cb7c69e63a586723030133d07964f605b6828e20802946afb19622448b2a110add"
        "b1120372260a8838f8361742d7ecab4bbf2877a88f402fdc8925e40410c820cb10b7870a42933787b2d48487699b3a91"
        "b8182de5be869e40188d42a0d92ec04d0c6d0e148c16816654302099832db08a0fd69180dd41d5b80a1d40fd6ca88b8c"
        "c129c99173805881abead25572afd4bc8d60a8eb3598a39960d92e55e1892b1c9da48c260c65df7114e1490e81651014"
        "ac6caed137a47361ed1fb50501133ce026409fc485851130d6152868ed80624f79bb23c9c22a9a6312a07c096ba47635"
        "aee55cb861dc30df80f25daa9a8bd76c49a84e2a641cb8424179ca8f026086bb53c39303c78ccc741c2c99e220157f8f"
        "032b6ce708e7331b90c0502d8562988b0a66706eb02820ef8490c091500106db34662f5c1318fe3154c30f641347834b"
        "7a1a95a1cc9912a341c822ea65a3e4b77b9b6657c4624854a7d1823626adea6af921a538196b5457a2be2ecca7202848"
        "7dc706a1f4650dd00257dd7e543a88a6354827ccc850c866ea0328c4d187d20eec68d803765ddf87811084572d8a7a81"
        "4c8a4ac9d6150c47ce47391ad688e8b60362df7507ddd1f4748802e566797d01b0973a62ea3061b29e56f587f28faba3"
        "cc33828bddb0e951d4559528cfce23c6a52e4d0bbb8c02f406f8beb10dd9098897f92afe1bbbd0d4bf06558a0b0641d3"
        "be6e12031a063487682cc1ae18401256ce8aa1ee4535a8d988d21546b42e1b644e1c1b715fc071a52f4d16e16b103c18"
        "e20b24205721718990a0e912dcc611453200fa80d9d2e61e0322b521b82b3cf0021150c5b8feb1ca0e8bfd9677f35cb7"
        "2ec03d3244b29a6b01f78f7acfd4751d4e480e8261eb3aa1712310b0564a53b202d5b501ec9e71c8ea0cf25a43060180"
        "af4d4ab062117ecefbae882913fd59b3950e1b3620efa26652cc37a854d2b4ef81a2cebfa675f80b93a1c56e63d138f0"
        "ae19d2b54a17080cd917401d9720c135327473039bb81d7894c48c4804f69c5872617dfa4b1b9ae6dd9d5dbd6372e90f"
        "ef36d63c77537078e29a3b13f236f5fcf4fda9c1e139815545f7076fbf6bfe55f1f9f10d39dd17b726dcf6d58d0f669d"
        "ded973e5ac4fd2523a4f1edff8796edd2581c5f5e7fe3cdf3792397bff8c69fbd63f9a95f8c1970d0dcb2fbdbcb6b2af"
        "e185977fbcb6b92c25edd5dd6d79b99bbeab3d92f073fbad6b53ebc74d889bfbd9cc82ccd4aec0a2ab9fef5b983d9456"
        "155779c72bc98f2d9991f2f5f843ddf9fbd79d3c1b5ffcc792291997b55f7376fbb4f8d6f6ac59e36a8289032987f2ba"
        "5a7a2a4e9c7ef14cdb96b71eee6debec7dff81c623fd05c163f3b6bdf6f6f9157f4dbf3963eb470f4decead87c74eaeb"
        "39c9b523e9b39b7a2a97fffaf7bf53723697662c5dd5b460ea15b7bc57f3c6e19cb8a70f7e38d43234bca16ef1c5b57b"
        "82c184e9f7ededbcbeb9b1bbbf687cf3cee3bd5d0b6e78f3d36d2d730ed6b7ddbbe89bb9cb16c69d48bc9071f4d89903"
        "93d2be6d583269575d47f22f831da79e9db7a6357bcb3fcf3cd23cb26770dbe17d077e5f563a735d7ff0dcc71bf3d276"
        "0d9467260f4e4e7fa76eb8397760c7ca7b127fdb93307fa86ce9757b5397ee6e286cfde23ff4a94016"),
    ("gzip level 1", 31,
        "1f8b08000000000004037d535b6ec3300cfbdf2972b53eb161dd0a2c1d8ade7eb648c6649a0e286a5ba6288a72f68fdb"
        "699eaee769befd9c765fd3f9f23bbfbff5f3e3fba0e0fe723d7cce1102ae40d82e892df7fef17dbcde8bb5b31c4fe7cb"
        "ee769af6550b40c5d6952d0e7803584c5b56782552d7e8892705bb24ef88fb4441e52281eee0bc756832a371b28df690"
        "2afdebb8b441709681f9992ffdc4db7c74d3bb4cabcb2cbfcec6e30114361d818065cca9c707012b0690fab19093a557"
        "0aecc9213d6d91ef6e0864b492d844131082b6ebe92d60c2340da8efd5b365884016a52a055795a81073230965c3010a"
        "b557486a26024c855ce45ad1a529bdf548e189aa5d8084ba421fdcaa45c15b056db5aa6235512528145505d3fa541081"
        "465ce5c3b88a80260c89436f3abc3037e5dcd046fe30d12b54c9e00f721c484b58155f5400817ff5cc6aaba3c43d7fb7"
        "bae9b237f62b3a0e006a1c1e6da863bc0f4971f86ae4de089848918b98b4864384fa648503e516717a670351aad6fe66"
        "605e81eaafc5740d6e476c2b7fd9a888688c167c46fe0f4fa35e7f0f6935aec31e222851fc48a3d6c113f44c91c2d1bf"
        "1c8f47259899a31059fb4b53486bea71f9ba79faec288b224271365e992aa4b5c9fb67da2a0a7b4017850428eee14884"
        "cd012b45887480bb41498f33411a565531f7886d592b3691c45883928812e47b80ac86047a17fc0062311c38c46a5f8b"
        "93f35a693137f5ebb60bd87404969d934e86f5b72501b61749b5ed5850d2a178286324c3e62c265246b990112db021c4"
        "126033655ffe5d40d1a8dc76eda78a4c88ef0e192c2820822c9c41b90092464e14195aa0cceaabcffb0f5c017526b80b"
        "0000"),
    ("raw stored", -15,
        "012c01d3fea6abf68c7249ed513784f5df5e146bced8200943b6b0e04187d615b5759c5b3f1eac34c233c2e7aad3d240"
        "00a5f80a2fb7244d941a8148c739aa2dabfd8c9f38a319ec0358b20a929a5153624d7a00b49fdf671c9dd6f4c7927be9"
        "8f24a4d5c02c89d5a858308ee0839ae65dcfb0853688ea0e33b8c51d198ae201b85ffe36b1b295a907ac56aa6d8645b0"
        "49a3b2d18b69ddfc31e366fc9618772c7e28b0fbe12cd51f7acb39980f9cea6b7f3f9a1b8d3a50e86f95d2c71434d124"
        "39f7d25a2a93e1ee592ef48fa0bd20ce561e7e9d13f4da89434621b76dd689a041437e8c63de50cffa4c9dc6f7e08091"
        "25b5768ef58e1498076f6b0478f83758ee84cac96505bb7bb69d4d77ecfda16b477e9c250c0196ce1287c7e60d8f7203"
        "9933cf490601b9a8e69a1cd9570d1c1611"),
    ("raw with flushes", -15,
        "7c55ed0e82300cfcef53f06a7e4034a2240e637c7b8175db5d7b9210a7b4bd5eaf5d4ddfe7b9fbdc9e97e9d3a5f5fba5"
        "1fc6e3dc77a7713adf53378cef743d9497e6380deb934de66796e2c8618bb3d931d3f661e1a7efdc27179de6577f7c98"
        "69817024b293cb5b4ec2ce87c1956373d8a09113813ace39106a5a9e8c404ab4629d9409a4a63c54eee6b560305d0515"
        "c34a6c55016c9ee39e38929091aded6813006f582b3e08006444141a41a311c62476cac9b3ca57f5804e63261dc97244"
        "b51187ea2150688141fcef1f8617de10ef5aa96992a208c8d7d02c7461bd4ed1583bd486c699b95f420fd5551c5b9a0f"
        "fe0533d0f2bb4de0def2d4c98ec66da231fe4d208352dded82b5598d6321b72c0e07e947b9b36f6d89989970bb494ba8"
        "496e546481ed090a024f0714d753986f074a28a89948120836792992d797184ba76e2d4c2d67414391dabd0d200bff4f"
        "157162cd7eef4af5d1e9070000ffff7c96b91100210c038ba6ff193223c92b92233a1eeb0d020b257c10ca69e5859d66"
        "e850446349d0edec9d6538f17080ef7d86f6362aea10362fd22b911e42089a04edf6345733541e509d329c1500e8c690"
        "deb24b1b26b0fb2d2e8393b1b9dd8dda8728de154b09115927f5421d305a45962fc56dfe0423340aaf7b15390de6588f"
        "3ff56f579796b1bea48ece050000ffff6d50410e80200cbbfb0abe060ad18890380ce1f72a6ee0c82e8cc2da7585745a"
        "7d28e3e3bc833225593af3169698a9387fc13a2dd6799d2ca2e8fa85715e8c82acc037ac91104309b32269aa48192671"
        "a191c3bc22a8e2a28de69a2d4f9e3097fa367636ccf390779696fbfad9d7a3498e990321db7feea8f40f564aaa773e33"
        "6f"),
]
BLOB_DATA = [text(12000, 3) + lcg_bytes(400, 4, 256), text(3000, 5), lcg_bytes(300, 6, 256),
             text(2000, 7) + text(1000, 8) + text(500, 9)]


def attempt(label: str, f: Callable[[], object]) -> None:
    try:
        print(label, f())
    except (zlib.error, ValueError) as e:
        print(label, type(e).__name__, e)


def compress_in_pieces() -> None:
    data = text(150000, 1) + lcg_bytes(20000, 2, 256) + bytes(30000)
    for level in (0, 1, 6, 9):
        for wbits in (15, -15, 31, 9, -9):
            c = zlib.compressobj(level, zlib.DEFLATED, wbits)
            out = bytearray()
            synced = True
            for i, start in enumerate(range(0, len(data), 23456)):
                out += c.compress(data[start:start + 23456])
                mode = (zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK)[i % 5]
                out += c.flush(mode)
                if mode == zlib.Z_SYNC_FLUSH or mode == zlib.Z_FULL_FLUSH:
                    synced = synced and out.endswith(b"\x00\x00\xff\xff")
                    d = zlib.decompressobj(wbits)
                    synced = synced and d.decompress(bytes(out)) == data[:start + 23456] and not d.eof
            out += c.flush()
            back = zlib.decompress(bytes(out), wbits)
            print(level, wbits, back == data, synced, c.flush(zlib.Z_NO_FLUSH))
    print(zlib.decompress(zlib.compressobj().flush()), zlib.decompress(zlib.compressobj(wbits=31).flush(), 31))
    c = zlib.compressobj(9)
    head = c.compress(b"shared start, ")
    c2 = c.copy()
    one = head + c.compress(b"one ending") + c.flush()
    two = head + c2.compress(b"another ending") + c2.flush()
    print(zlib.decompress(one), zlib.decompress(two))
    c = zlib.compressobj(1, wbits=-15)
    joined = b"".join(c.compress(bytes([i % 7]) * (i % 50)) for i in range(3000)) + c.flush()
    print(zlib.decompress(joined, -15) == b"".join(bytes([i % 7]) * (i % 50) for i in range(3000)))


def compress_errors() -> None:
    c = zlib.compressobj()
    c.compress(b"data")
    c.flush()
    attempt("compress after finish", lambda: c.compress(b"x"))
    attempt("flush after finish", lambda: c.flush(zlib.Z_SYNC_FLUSH))
    attempt("finish after finish", lambda: c.flush())
    attempt("no flush after finish", lambda: c.flush(zlib.Z_NO_FLUSH))
    attempt("flush mode 7", lambda: zlib.compressobj().flush(7))
    attempt("copy after finish", lambda: c.copy())
    for level, method, wbits, mem, strategy in [(10, 8, 15, 8, 0), (-2, 8, 15, 8, 0), (6, 9, 15, 8, 0),
                                                (6, 8, 99, 8, 0), (6, 8, -8, 8, 0), (6, 8, 24, 8, 0),
                                                (6, 8, 15, 0, 0), (6, 8, 15, 10, 0), (6, 8, 15, 8, 5),
                                                (6, 8, 8, 1, 4)]:
        attempt(f"compressobj({level}, {method}, {wbits}, {mem}, {strategy})",
                lambda: type(zlib.compressobj(level, method, wbits, mem, strategy)) is not None)


def pieces(wbits: int, data: bytes, size: int) -> tuple[list[int], bool, bytes, bytes]:
    """The lengths of what a decompressobj makes of data given size bytes
    at a time; eof, unused_data and unconsumed_tail at the end."""
    d = zlib.decompressobj(wbits)
    lengths = [len(d.decompress(data[i:i + size])) for i in range(0, len(data), size)]
    return lengths, d.eof, d.unused_data, d.unconsumed_tail


def decompress_in_pieces() -> None:
    for (name, wbits, h), want in zip(BLOBS, BLOB_DATA):
        blob = binascii.unhexlify(h)
        for size in (1, 7, 100, 4096, len(blob)):
            lengths, eof, unused, tail = pieces(wbits, blob, size)
            print(name, size, sum(lengths), lengths[:12], lengths[-3:], eof, unused, tail)
        d = zlib.decompressobj(47 if wbits > 0 else wbits)
        out = b"".join(d.decompress(blob[i:i + 333]) for i in range(0, len(blob), 333))
        print(name, "auto", out == want, d.eof)


def max_length() -> None:
    for (name, wbits, h), want in zip(BLOBS, BLOB_DATA):
        blob = binascii.unhexlify(h)
        for limit in (1, 100, 1000, 40000):
            d = zlib.decompressobj(wbits)
            out = [d.decompress(blob, limit)]
            while d.unconsumed_tail:
                out.append(d.decompress(d.unconsumed_tail, limit))
            out.append(d.flush())
            lengths = [len(x) for x in out]
            print(name, limit, b"".join(out) == want, lengths[:5], d.eof)
    d = zlib.decompressobj()
    blob = binascii.unhexlify(BLOBS[0][2])
    first = d.decompress(blob, 50)
    print(len(first), len(d.flush()), d.eof, d.unconsumed_tail, d.unused_data)
    attempt("decompress after flush at the end", lambda: d.decompress(b"more"))
    attempt("flush after flush at the end", lambda: d.flush())
    attempt("copy after flush at the end", lambda: d.copy())
    d = zlib.decompressobj()
    print(len(d.decompress(blob[:100])), len(d.flush()), d.eof, len(d.decompress(blob[100:])), d.eof)


def ends() -> None:
    blob = binascii.unhexlify(BLOBS[1][2])
    d = zlib.decompressobj(31)
    out = d.decompress(blob[:-6])
    print(len(out), d.eof, d.unused_data)
    print(len(d.decompress(blob[-6:-2])), d.eof)
    print(len(d.decompress(blob[-2:] + b"NEXT")), d.eof, d.unused_data, d.unconsumed_tail)
    print(d.decompress(b"MORE"), d.unused_data, d.flush(), d.eof)
    d = zlib.decompressobj()
    blob = binascii.unhexlify(BLOBS[0][2])
    print(len(d.decompress(blob[:-3])), d.eof, len(d.flush()), d.eof, d.unused_data)
    d = zlib.decompressobj()
    e = d.copy()
    half = d.decompress(blob[:len(blob) // 2])
    f = d.copy()
    print(len(half) + len(d.decompress(blob[len(blob) // 2:])), d.eof,
          len(half) + len(f.decompress(blob[len(blob) // 2:] + b"!")), f.unused_data, f.eof, e.eof)
    print(len(e.decompress(blob)), e.eof)
    print(zlib.decompressobj().flush(), zlib.decompressobj().unused_data, zlib.decompressobj().eof)


def decompress_errors() -> None:
    attempt("decompressobj(99)", lambda: zlib.decompressobj(99))
    attempt("decompressobj(-7)", lambda: zlib.decompressobj(-7))
    attempt("decompressobj(7)", lambda: zlib.decompressobj(7))
    attempt("max_length -1", lambda: zlib.decompressobj().decompress(b"", -1))
    attempt("flush(0)", lambda: zlib.decompressobj().flush(0))
    attempt("garbage", lambda: zlib.decompressobj().decompress(b"garbage!!"))
    d = zlib.decompressobj()
    attempt("bad block", lambda: d.decompress(b"x\x9c\xff\xff"))
    attempt("again", lambda: d.decompress(b"x\x9c"))
    blob = binascii.unhexlify(BLOBS[0][2])
    d = zlib.decompressobj()
    attempt("bad check", lambda: len(d.decompress(blob[:-1] + bytes([blob[-1] ^ 1]))))
    attempt("bad gzip", lambda: zlib.decompressobj(31).decompress(blob))
    attempt("small window", lambda: zlib.decompressobj(9).decompress(blob))
    attempt("a literal and a match", lambda: zlib.decompressobj(-15).decompress(b"\x63\x00\x02\x00"))
    d = zlib.decompressobj(-15)
    print(d.decompress(b"\x63"), d.decompress(b"\x00"), d.eof)


def main() -> None:
    compress_in_pieces()
    compress_errors()
    decompress_in_pieces()
    max_length()
    ends()
    decompress_errors()


main()
