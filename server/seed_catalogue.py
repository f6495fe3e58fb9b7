"""The fictional manufacturer's product catalogue used by the demo data.

Products are built from combinations (series x capacity) so that the catalogue looks like a
real HVAC range: units with technical data, controls, accessories and spare parts. The
catalogue does not depend on the seed value, so SKUs are stable reference data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

DATASHEET_URL = "https://docs.noordwind.example/datasheets/{sku}.pdf"

# Stable category keys (the app translates them for display).
SPLIT_AC = "split_air_conditioner"
MULTI_SPLIT = "multi_split_outdoor"
HEAT_PUMP = "air_to_water_heat_pump"
HYBRID = "hybrid_heat_pump"
BOILER = "gas_condensing_boiler"
VRF = "vrf"
FAN_COIL = "fan_coil"
VENTILATION = "ventilation"
CONTROL = "control"
ACCESSORY = "accessory"
SPARE_PART = "spare_part"

# Units carry a serial number on the delivery note; the rest does not.
SERIALIZED = frozenset(
    {SPLIT_AC, MULTI_SPLIT, HEAT_PUMP, HYBRID, BOILER, VRF, FAN_COIL, VENTILATION}
)


@dataclass(frozen=True, slots=True)
class Product:
    sku: str
    name: str
    category: str
    list_price: int  # cents
    capacity_kw: float | None = None
    seer: float | None = None
    scop: float | None = None
    energy_class: str | None = None
    refrigerant: str | None = None
    width_mm: int | None = None
    height_mm: int | None = None
    depth_mm: int | None = None
    weight_kg: float | None = None
    datasheet: bool = True

    @property
    def serialized(self) -> bool:
        return self.category in SERIALIZED

    @property
    def datasheet_url(self) -> str | None:
        return DATASHEET_URL.format(sku=self.sku) if self.datasheet else None


def _kw(capacity: float) -> str:
    """Dutch decimal notation for product names: 3.5 -> '3,5'."""
    return f"{capacity:g}".replace(".", ",")


def _cooling_class(seer: float) -> str:
    if seer >= 8.5:
        return "A+++"
    if seer >= 6.1:
        return "A++"
    if seer >= 5.6:
        return "A+"
    return "A" if seer >= 5.1 else "B"


def _heating_class(scop: float) -> str:
    if scop >= 4.6:
        return "A+++"
    if scop >= 4.0:
        return "A++"
    return "A+" if scop >= 3.4 else "A"


def _euros(amount: float) -> int:
    """A list price in cents that ends like a price list does (whole euros)."""
    return int(round(amount)) * 100


class _Builder:
    def __init__(self) -> None:
        # A private generator: the catalogue is the same whatever the seed value.
        self.rng = random.Random(20240601)
        self.items: list[Product] = []

    def jitter(self, value: float, pct: float = 0.04) -> float:
        return value * (1 + self.rng.uniform(-pct, pct))

    def unit(
        self,
        sku: str,
        name: str,
        category: str,
        capacity: float | None,
        price: float,
        dims: tuple[int, int, int],
        weight: float,
        *,
        seer: float | None = None,
        scop: float | None = None,
        energy_class: str | None = None,
        refrigerant: str | None = None,
    ) -> None:
        if energy_class is None and seer is not None:
            energy_class = _cooling_class(seer)
        elif energy_class is None and scop is not None:
            energy_class = _heating_class(scop)
        w, h, d = dims
        self.items.append(
            Product(
                sku=sku,
                name=name,
                category=category,
                list_price=_euros(self.jitter(price, 0.03)),
                capacity_kw=capacity,
                seer=seer,
                scop=scop,
                energy_class=energy_class,
                refrigerant=refrigerant,
                width_mm=w,
                height_mm=h,
                depth_mm=d,
                weight_kg=round(self.jitter(weight), 1),
            )
        )

    def part(self, sku: str, name: str, category: str, price: float, weight: float) -> None:
        self.items.append(
            Product(
                sku=sku,
                name=name,
                category=category,
                list_price=_euros(self.jitter(price, 0.05)),
                weight_kg=round(self.jitter(weight), 2),
                datasheet=category != SPARE_PART,
            )
        )


def _split_units(b: _Builder) -> None:
    series = [
        ("SAB", "Breeze", "wandmodel", (2.0, 2.5, 3.5, 5.0, 6.0, 7.1), 6.4, 1.0),
        ("SAP", "Breeze Plus", "wandmodel", (2.0, 2.5, 3.5, 5.0, 6.0, 7.1), 8.2, 1.25),
        ("SAA", "Aura design", "wandmodel", (2.5, 3.5, 5.0), 8.8, 1.6),
        ("SAC", "Breeze", "cassette", (3.5, 5.0, 7.1, 10.0), 6.2, 1.45),
        ("SAF", "Breeze", "vloermodel", (2.5, 3.5, 5.0), 6.6, 1.3),
    ]
    for code, serie, shape, capacities, seer_base, price_factor in series:
        for cap in capacities:
            seer = round(b.jitter(seer_base - 0.12 * cap, 0.03), 1)
            b.unit(
                f"NW-{code}-{int(cap * 10):03d}",
                f"{serie} split-airconditioner {shape} {_kw(cap)} kW (set)",
                SPLIT_AC,
                cap,
                (900 + 310 * cap) * price_factor,
                (int(800 + 25 * cap), int(550 + 20 * cap), 290),
                28 + 6.5 * cap,
                seer=seer,
                scop=round(b.jitter(4.0 + (seer - 6.0) * 0.3, 0.03), 1),
                refrigerant="R32",
            )
    for ports, cap in ((2, 4.0), (2, 5.0), (3, 5.2), (3, 6.8), (4, 8.0), (5, 10.0)):
        seer = round(b.jitter(7.4 - 0.15 * cap, 0.03), 1)
        b.unit(
            f"NW-MS{ports}-{int(cap * 10):03d}",
            f"Multi-split buitenunit {ports} aansluitingen {_kw(cap)} kW",
            MULTI_SPLIT,
            cap,
            1400 + 330 * cap,
            (870, int(650 + 30 * cap), 330),
            42 + 5.5 * cap,
            seer=seer,
            scop=round(b.jitter(4.1, 0.04), 1),
            refrigerant="R32",
        )


def _heating_units(b: _Builder) -> None:
    for cap in (4, 6, 8, 10, 12, 14, 16):
        b.unit(
            f"NW-HPM-{cap:02d}",
            f"Hydra lucht-water warmtepomp monoblock {cap} kW",
            HEAT_PUMP,
            float(cap),
            4200 + 520 * cap,
            (1100 + 12 * cap, 800 + 30 * cap, 460),
            85 + 9 * cap,
            scop=round(b.jitter(5.0 - 0.03 * cap, 0.02), 2),
            refrigerant="R290",
        )
    for cap in (4, 6, 8, 11, 14, 16):
        b.unit(
            f"NW-HPS-{cap:02d}",
            f"Hydra Split lucht-water warmtepomp {cap} kW (buitenunit + hydrobox)",
            HEAT_PUMP,
            float(cap),
            3900 + 480 * cap,
            (950, 830 + 25 * cap, 370),
            60 + 7 * cap,
            scop=round(b.jitter(4.7 - 0.03 * cap, 0.02), 2),
            refrigerant="R32",
        )
    for hyb_kw in (3.5, 5.0, 8.0):
        b.unit(
            f"NW-HYB-{int(hyb_kw * 10):03d}",
            f"HybriQ hybride warmtepomp {_kw(hyb_kw)} kW",
            HYBRID,
            hyb_kw,
            3100 + 400 * hyb_kw,
            (900, 700 + 20 * int(hyb_kw), 320),
            48 + 5 * hyb_kw,
            scop=round(b.jitter(4.4, 0.03), 2),
            refrigerant="R32",
        )
    for kind, code, caps, price in (
        ("combiketel", "CW", (24, 28, 35), 1650),
        ("systeemketel", "HR", (15, 25, 30), 1480),
    ):
        for cap in caps:
            b.unit(
                f"NW-{code}-{cap:02d}",
                f"Therma HR-{kind} {cap} kW",
                BOILER,
                float(cap),
                price + 22 * cap,
                (440, 700, 300 + cap),
                32 + 0.6 * cap,
                energy_class="A",
            )


def _commercial_units(b: _Builder) -> None:
    for cap in (12.1, 14.0, 22.4, 28.0, 33.5, 40.0, 45.0, 50.0):
        seer = round(b.jitter(7.0 - 0.02 * cap, 0.03), 1)
        b.unit(
            f"NW-VRF-O{int(cap * 10):03d}",
            f"Flexa VRF buitenunit {_kw(cap)} kW",
            VRF,
            cap,
            5200 + 610 * cap,
            (940 if cap < 20 else 1240, 1430 if cap < 20 else 1690, 460 if cap < 20 else 765),
            110 + 6.2 * cap,
            seer=seer,
            scop=round(b.jitter(4.0, 0.04), 1),
            refrigerant="R410A",
        )
    for shape, code, dims in (
        ("cassette", "C", (840, 250, 840)),
        ("kanaalmodel", "D", (900, 250, 700)),
    ):
        for cap in (2.2, 2.8, 3.6, 4.5, 5.6, 7.1):
            b.unit(
                f"NW-VRF-{code}{int(cap * 10):03d}",
                f"Flexa VRF binnenunit {shape} {_kw(cap)} kW",
                VRF,
                cap,
                780 + 140 * cap,
                dims,
                19 + 2.2 * cap,
                refrigerant="R410A",
            )
    for shape, code in (("wandmodel", "W"), ("cassette", "C"), ("vloermodel", "F")):
        for cap in (1.5, 2.5, 3.5, 4.5, 6.0):
            b.unit(
                f"NW-FC{code}-{int(cap * 10):03d}",
                f"Aerio ventilo-convector {shape} {_kw(cap)} kW",
                FAN_COIL,
                cap,
                540 + 120 * cap,
                (int(700 + 60 * cap), 300 if code != "F" else 600, 220),
                14 + 2.5 * cap,
            )
    for flow, klass in ((150, "A+"), (250, "A+"), (350, "A"), (450, "A"), (600, "B")):
        b.unit(
            f"NW-WTW-{flow}",
            f"Luchtstroom WTW-ventilatie-unit {flow} m³/h",
            VENTILATION,
            None,
            1450 + 4.2 * flow,
            (600 + flow // 3, 760, 560),
            32 + 0.05 * flow,
            energy_class=klass,
        )


def _controls_and_accessories(b: _Builder) -> None:
    controls = [
        ("NW-CTL-TH1", "Noordwind Connect slimme thermostaat", 189, 0.3),
        ("NW-CTL-TH2", "Noordwind Basic thermostaat OpenTherm", 89, 0.2),
        ("NW-CTL-RC1", "Bedrade afstandsbediening split-airco", 119, 0.3),
        ("NW-CTL-IR1", "Infrarood afstandsbediening", 49, 0.1),
        ("NW-CTL-WF1", "Wifi-module airconditioning", 79, 0.1),
        ("NW-CTL-VC1", "Centrale regelaar VRF 64 units", 1290, 1.8),
        ("NW-CTL-VG1", "BMS-gateway Modbus/BACnet", 890, 0.9),
        ("NW-CTL-OT1", "OpenTherm-interface warmtepomp", 145, 0.3),
        ("NW-CTL-OS1", "Buitentemperatuurvoeler", 29, 0.1),
        ("NW-CTL-ZN4", "Zoneregeling vloerverwarming 4 zones", 349, 1.1),
    ]
    for sku, name, price, weight in controls:
        b.part(sku, name, CONTROL, price, weight)
    accessories = [
        ("NW-ACC-WB1", "Muurconsole buitenunit tot 60 kg", 69, 4.8),
        ("NW-ACC-WB2", "Muurconsole buitenunit tot 120 kg", 119, 7.9),
        ("NW-ACC-FS1", "Vloerstandaard rubber 450 mm", 49, 3.2),
        ("NW-ACC-CP1", "Condenspomp mini", 95, 0.6),
        ("NW-ACC-DH1", "Lekbakverwarming buitenunit", 79, 0.9),
        ("NW-ACC-BV1", "Boilervat 200 l rvs", 1150, 48.0),
        ("NW-ACC-BV2", "Boilervat 300 l rvs", 1390, 61.0),
        ("NW-ACC-BT1", "Buffervat 50 l", 320, 18.0),
        ("NW-ACC-DK1", "Dakdoorvoer concentrisch 80/125", 139, 3.5),
    ]
    for sku, name, price, weight in accessories:
        b.part(sku, name, ACCESSORY, price, weight)
    for pipes, base in (('1/4"-3/8"', 42), ('1/4"-1/2"', 49), ('3/8"-5/8"', 62)):
        for length in (3, 5, 10, 15):
            code = {'1/4"-3/8"': "A", '1/4"-1/2"': "B", '3/8"-5/8"': "C"}[pipes]
            b.part(
                f"NW-PIPE-{code}{length:02d}",
                f"Koelleidingset {pipes} geïsoleerd {length} m",
                ACCESSORY,
                base + 9.5 * length,
                0.8 * length,
            )


def _spare_parts(b: _Builder) -> None:
    for code, name, price, weight in (
        ("CMP-R25", "Compressor rotary 2,5 kW R32", 420, 9.5),
        ("CMP-R35", "Compressor rotary 3,5 kW R32", 465, 10.5),
        ("CMP-R50", "Compressor rotary 5,0 kW R32", 540, 12.0),
        ("CMP-T71", "Compressor twin-rotary 7,1 kW R32", 690, 16.5),
        ("CMP-S10", "Compressor scroll 10 kW R410A", 1150, 24.0),
        ("CMP-S16", "Compressor scroll 16 kW R410A", 1480, 31.0),
        ("CMP-H08", "Compressor warmtepomp 8 kW R290", 980, 19.0),
        ("CMP-H14", "Compressor warmtepomp 14 kW R290", 1320, 27.0),
    ):
        b.part(f"SP-{code}", name, SPARE_PART, price, weight)
    for code, series in (
        ("SAB", "Breeze"),
        ("SAP", "Breeze Plus"),
        ("SAA", "Aura"),
        ("MS", "Multi-split"),
        ("HPM", "Hydra"),
        ("HPS", "Hydra Split"),
        ("HYB", "HybriQ"),
        ("VRF", "Flexa VRF"),
    ):
        b.part(f"SP-PCB-{code}-I", f"Besturingsprint binnenunit {series}", SPARE_PART, 145, 0.4)
        b.part(f"SP-PCB-{code}-O", f"Inverterprint buitenunit {series}", SPARE_PART, 265, 0.7)
    b.part("SP-PCB-CW", "Branderautomaat Therma", SPARE_PART, 310, 0.6)
    b.part("SP-PCB-FC", "Regelprint ventilo-convector Aerio", SPARE_PART, 98, 0.3)
    b.part("SP-PCB-WTW", "Regelprint WTW-unit Luchtstroom", SPARE_PART, 129, 0.3)
    for code, name, price in (
        ("FMI-20", "Ventilatormotor binnenunit 20 W", 89),
        ("FMI-35", "Ventilatormotor binnenunit 35 W", 104),
        ("FMO-40", "Ventilatormotor buitenunit 40 W", 139),
        ("FMO-60", "Ventilatormotor buitenunit 60 W", 159),
        ("FMO-90", "Ventilatormotor buitenunit 90 W", 189),
        ("FMO-150", "Ventilatormotor buitenunit 150 W", 239),
        ("FMV-EC", "EC-ventilator WTW-unit", 219),
    ):
        b.part(f"SP-{code}", name, SPARE_PART, price, 2.5)
    for flow in (150, 250, 350, 450, 600):
        b.part(f"SP-FLT-{flow}-G4", f"Filterset WTW {flow} G4/G4", SPARE_PART, 24 + flow / 40, 0.4)
        b.part(f"SP-FLT-{flow}-F7", f"Filterset WTW {flow} G4/F7", SPARE_PART, 36 + flow / 30, 0.5)
    for code, name, price in (
        ("FLT-AC1", "Luchtfilter split-airco (2 st.)", 19),
        ("FLT-AC2", "Actief-koolfilter split-airco", 29),
        ("FLT-AC3", "Fijnstoffilter PM2.5 cassette", 45),
    ):
        b.part(f"SP-{code}", name, SPARE_PART, price, 0.2)
    for code, name, price, weight in (
        ("EXV-1", "Elektronisch expansieventiel", 119, 0.5),
        ("4WV-1", "Vierwegklep", 135, 0.8),
        ("THM-K", "Thermistorset (3 voelers)", 39, 0.1),
        ("PRS-H", "Hogedrukschakelaar", 65, 0.2),
        ("PRS-S", "Druksensor koudemiddel", 89, 0.2),
        ("PMP-C", "Circulatiepomp warmtepomp", 249, 3.1),
        ("PMP-K", "Condenspomp vervangingsset", 85, 0.6),
        ("GV-1", "Gasblok Therma", 229, 1.4),
        ("IGN-1", "Ontstekingselektrode Therma", 35, 0.1),
        ("HEX-1", "Warmtewisselaar Therma CW", 540, 9.0),
        ("EXP-8", "Expansievat 8 l", 69, 3.0),
        ("VLV-3", "Driewegklep warm tapwater", 189, 1.2),
        ("SNS-F", "Flowsensor hydrobox", 75, 0.2),
        ("CAP-35", "Condensator 35 µF", 25, 0.1),
        ("FUS-1", "Zekeringset print", 12, 0.05),
    ):
        b.part(f"SP-{code}", name, SPARE_PART, price, weight)


def build_catalogue() -> list[Product]:
    """The full product range, in a stable order."""
    b = _Builder()
    _split_units(b)
    _heating_units(b)
    _commercial_units(b)
    _controls_and_accessories(b)
    _spare_parts(b)
    return b.items
