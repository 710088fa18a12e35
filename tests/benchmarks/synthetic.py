"""A synthetic province: N units (communes, wards, departments) with M campaigns each, for benchmarks.

    write_province(copy_project(folder), units=123, campaigns=3, seed=2026)

Writes into a copy of the shipped project (`tests.conftest.copy_project`):

- `campaigns/registry/tinh-bac-ninh-mo-phong.yaml`: the units (communes and wards under
  `ubnd-tinh-bac-ninh`, valid from 1 July 2025, or provincial departments), each with its sections,
  and one award form per unit plus the provincial Certificate of Merit;
- `campaigns/plans/<id>.yaml`: M campaigns per unit, worded from phrase lists drawn from the real
  plans in `campaigns/plans/`, with English translations; a third ended, a third running and a
  third upcoming on the benchmark's "today" (`TODAY`, 22 November 2026);
- `campaigns/results/<id>/ket-qua-<year>-q<n>.csv`: one table per reported quarter for every
  campaign that has started, on its targets, for the sections of its unit;
- `campaigns/decisions/<unit>.yaml`: commendation decisions for the ended campaigns.

Everything passes `generator.build.check`, and the same seed gives the same bytes. Each unit gets its
own random stream, so a unit's campaigns are the same whatever the number of units.

Pages per language: each campaign has a campaign page and a print page (`in/<id>`), and a results
page (`ket-qua/<id>`) when it has results; plus the fixed pages (see `pages_per_language`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.base.slugs import slugify
from generator.build import Project
from generator.compute.urls import IMPLEMENTING_DIR, UNIT_PAGES_DIR, UNITS_DIR
from generator.model.dates import parse_partial_date
from generator.model.timeline import month_end

Record = dict[str, Any]
SEED = 2026
TODAY = dt.date(2026, 11, 22)
PROVINCE = "ubnd-tinh-bac-ninh"
PROVINCE_AWARD = "bang-khen-chu-tich-ubnd-tinh-bac-ninh"
REGISTRY_FILE = "tinh-bac-ninh-mo-phong.yaml"
PROVINCIAL_PLAN = "kh-192-2026-bac-ninh"     # in the shipped registry: 192/KH-UBND of 26 May 2026
PROVINCIAL_PLAN_DATE = dt.date(2026, 5, 26)
IMPLEMENTS = ("ho-tro-nguoi-dan", "so-hoa-ho-so", "dich-vu-cong-toan-trinh")   # the topics of that plan;
# a unit implements it once (with its first campaign on one of these topics issued after it), as communes do.
GENERATED_FIXED_PAGES = 7   # home, campaign list, glossary, calendar, results index, honours, contact


@dataclass(frozen=True)
class Size:
    """A benchmark size: units x campaigns per unit."""

    name: str
    units: int
    campaigns: int


SIZES = {
    "small": Size("small", 10, 3),      # 100 pages per language
    "thousand": Size("thousand", 68, 3),  # about 1,000: the size of the preview's budget (an edit under 1 s)
    "medium": Size("medium", 123, 3),   # 1,169: a province's communes, wards and departments, one year
    "large": Size("large", 124, 9),     # 3,233: the same province over three years
}


# --- Units --------------------------------------------------------------------------------

SYLLABLES = ("Tân", "Yên", "Hòa", "Phú", "Đông", "Xuân", "Thanh", "Lạc", "An", "Bình", "Hưng", "Phúc", "Thịnh",
             "Quang", "Minh", "Đức", "Nghĩa", "Trung", "Sơn", "Hà", "Lâm", "Vân", "Cẩm", "Kim", "Ngọc", "Tiên",
             "Đại", "Mỹ", "Lương", "Tài", "Gia", "Thuận", "Long", "Hợp", "Thái", "Việt", "Nhân", "Hiệp", "Lộc",
             "Trí")
DEPARTMENTS = (  # (slug, Vietnamese, English, symbol): Bắc Ninh's departments after 1 July 2025
    ("noi-vu", "Sở Nội vụ", "Department of Home Affairs", "SNV"),
    ("tai-chinh", "Sở Tài chính", "Department of Finance", "STC"),
    ("tu-phap", "Sở Tư pháp", "Department of Justice", "STP"),
    ("xay-dung", "Sở Xây dựng", "Department of Construction", "SXD"),
    ("y-te", "Sở Y tế", "Department of Health", "SYT"),
    ("gddt", "Sở Giáo dục và Đào tạo", "Department of Education and Training", "SGDĐT"),
    ("cong-thuong", "Sở Công Thương", "Department of Industry and Trade", "SCT"),
    ("nnmt", "Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment", "SNNMT"),
    ("khcn", "Sở Khoa học và Công nghệ", "Department of Science and Technology", "SKHCN"),
    ("vhttdl", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", "SVHTTDL"),
    ("dttg", "Sở Dân tộc và Tôn giáo", "Department of Ethnic and Religious Affairs", "SDTTG"),
    ("ngoai-vu", "Sở Ngoại vụ", "Department of Foreign Affairs", "SNgV"),
)
DEPARTMENT_EVERY = 10      # unit 0, 10, 20, ... is a department while there are departments left
WARD_EVERY = 4             # every fourth commune-level unit is a ward (phường)


@dataclass(frozen=True)
class SynthUnit:
    """One unit of the synthetic province, with the words its campaigns need."""

    index: int
    id: str
    short_id: str                  # used in campaign ids: "xa-tan-yen", "so-y-te"
    kind: str                      # commune, ward or department
    name_vi: str
    name_en: str
    short_vi: str
    where_vi: str                  # "trên địa bàn xã Tân Yên"
    where_en: str                  # "in Tân Yên commune"
    head_vi: str                   # Chủ tịch / Giám đốc
    head_en: str
    symbol: str                    # KH-UBND, KH-SYT
    sections: tuple[tuple[str, str, str], ...]   # (id, Vietnamese, English)
    award: str

    @property
    def is_department(self) -> bool:
        return self.kind == "department"


def place_names(seed: int) -> list[tuple[str, str]]:
    """Every two-syllable place name, in a fixed shuffled order (a prefix of it names N units)."""
    pairs = [(a, b) for a, b in itertools.permutations(SYLLABLES, 2)]
    random.Random(f"{seed}-names").shuffle(pairs)
    return pairs


def make_units(count: int, seed: int = SEED) -> list[SynthUnit]:
    names = iter(place_names(seed))
    units = []
    for index in range(count):
        department = index // DEPARTMENT_EVERY if index % DEPARTMENT_EVERY == 0 else len(DEPARTMENTS)
        if department < len(DEPARTMENTS):
            units.append(department_unit(index, *DEPARTMENTS[department]))
        else:
            first, second = next(names)
            units.append(local_unit(index, f"{first} {second}", ward=index % WARD_EVERY == 1))
    return units


def local_unit(index: int, place: str, ward: bool) -> SynthUnit:
    level_vi, level_en = ("phường", "Ward") if ward else ("xã", "Commune")
    short_id = f"{'phuong' if ward else 'xa'}-{slugify(place)}"
    where_vi, where_en = f"{level_vi} {place}", f"{place} {level_en.lower()}"
    economy = "Phòng Kinh tế, Hạ tầng và Đô thị" if ward else "Phòng Kinh tế"
    economy_en = "Economic, Infrastructure and Urban Division" if ward else "Economic Division"
    sections = (
        (f"tt-pvhcc-{short_id}", f"Trung tâm Phục vụ hành chính công {where_vi}",
         f"{where_en} Public Administrative Service Center"),
        (f"vp-hdnd-ubnd-{short_id}", f"Văn phòng HĐND và UBND {where_vi}",
         f"Office of the People's Council and People's Committee of {where_en}"),
        (f"phong-kt-{short_id}", f"{economy} {where_vi}", f"{economy_en} of {where_en}"),
        (f"phong-vhxh-{short_id}", f"Phòng Văn hóa - Xã hội {where_vi}",
         f"Culture and Social Affairs Division of {where_en}"),
    )
    return SynthUnit(
        index=index, id=f"ubnd-{short_id}", short_id=short_id, kind="ward" if ward else "commune",
        name_vi=f"Ủy ban nhân dân {where_vi}", name_en=f"{place} {level_en} People's Committee",
        short_vi=f"UBND {where_vi}", where_vi=f"trên địa bàn {where_vi}", where_en=f"in {where_en}",
        head_vi="Chủ tịch", head_en="Chairperson", symbol="KH-UBND", sections=sections,
        award=f"giay-khen-chu-tich-ubnd-{short_id}",
    )


def department_unit(index: int, key: str, name_vi: str, name_en: str, symbol: str) -> SynthUnit:
    short_id = f"so-{key}"
    sections = (
        (f"vp-{short_id}-bac-ninh", f"Văn phòng {name_vi}", f"Office of the {name_en}"),
        (f"phong-khtc-{short_id}-bac-ninh", f"Phòng Kế hoạch - Tài chính, {name_vi}",
         f"Planning and Finance Division of the {name_en}"),
        (f"bp-mot-cua-{short_id}-bac-ninh", f"Bộ phận tiếp nhận hồ sơ của {name_vi} tại Trung tâm PVHCC tỉnh",
         f"The {name_en}'s desk at the provincial Public Administrative Service Center"),
    )
    return SynthUnit(
        index=index, id=f"{short_id}-bac-ninh", short_id=short_id, kind="department",
        name_vi=f"{name_vi} tỉnh Bắc Ninh", name_en=f"Bắc Ninh {name_en}", short_vi=name_vi,
        where_vi=f"tại {name_vi} tỉnh Bắc Ninh", where_en=f"at the Bắc Ninh {name_en}",
        head_vi="Giám đốc", head_en="Director", symbol=f"KH-{symbol}", sections=sections,
        award=f"giay-khen-giam-doc-{short_id}-bac-ninh",
    )


def text(vi: str, en: str) -> Record:
    return {"vi": vi, "en": en}


def registry(units: list[SynthUnit]) -> Record:
    """Units with their sections, and the award forms their campaigns offer."""
    entries: list[Record] = []
    for unit in units:
        entries.append({"id": unit.id, "name": text(unit.name_vi, unit.name_en),
                        "short": text(unit.short_vi, unit.name_en),
                        "level": "department" if unit.is_department else "commune",
                        "parent": PROVINCE, "valid_from": "2025-07-01"})
        entries += [{"id": sid, "name": text(vi, en), "level": "section", "parent": unit.id,
                     "valid_from": "2025-07-01"} for sid, vi, en in unit.sections]
    forms = [{"id": PROVINCE_AWARD, "kind": "certificate_of_merit",
              "name": text("Bằng khen của Chủ tịch UBND tỉnh Bắc Ninh",
                           "Certificate of Merit of the Chairperson of the Bắc Ninh Provincial People's Committee"),
              "conferred_by": PROVINCE}]
    forms += [{"id": u.award, "kind": "certificate_of_commendation",
               "name": text(f"Giấy khen của {u.head_vi} {u.short_vi}",
                            f"Certificate of Commendation of the {u.head_en} of the {u.name_en}"),
               "conferred_by": u.id} for u in units]
    return {"units": entries, "award_forms": forms}


# --- Words, from the real plans in campaigns/plans/ ----------------------------------------

@dataclass(frozen=True)
class Goal:
    """A target a topic sets: an indicator, the comparison words used for it, and figures."""

    indicator: str
    words: tuple[str, ...]
    values: tuple[int, ...]
    per_month: bool = False


@dataclass(frozen=True)
class Topic:
    slug: str
    theme_vi: str
    theme_en: str
    goals: tuple[Goal, ...]
    contents: tuple[tuple[str, str], ...]


TOPICS = (
    Topic("thanh-toan-truc-tuyen",
          "Nâng cao tỷ lệ thanh toán trực tuyến trong giải quyết thủ tục hành chính {where}",
          "Raising the online payment rate in handling administrative procedures {where}",
          (Goal("ty-le-thanh-toan-truc-tuyen", ("trên", "đạt từ", "từ"), (45, 50, 60, 70)),
           Goal("ty-le-dvc-phat-sinh-ho-so-truc-tuyen", ("trên", "từ"), (80, 85, 90)),
           Goal("ty-le-ho-so-xu-ly-truc-tuyen", ("đạt từ", "tối thiểu"), (70, 80, 90))),
          (("Đẩy mạnh thanh toán, thực hiện nghĩa vụ tài chính trực tuyến qua Cổng Dịch vụ công quốc gia trong giải "
            "quyết thủ tục hành chính; bố trí quầy hỗ trợ, hướng dẫn người dân tạo tài khoản và thanh toán bằng điện "
            "thoại thông minh.",
            "Promote online payment of financial obligations through the National Public Service Portal when handling "
            "administrative procedures; set up a help desk that shows citizens how to create an account and pay from "
            "a smartphone."),
           ("Rà soát các thủ tục hành chính có nghĩa vụ tài chính đủ điều kiện thanh toán trực tuyến; công khai danh "
            "mục tại Bộ phận Một cửa và trên Trang thông tin điện tử.",
            "Review the administrative procedures with financial obligations that can be paid online, and post the "
            "list at the one-stop shop and on the website."),
           ("Bồi dưỡng kỹ năng, kiến thức về thanh toán trực tuyến cho công chức, viên chức làm việc tại Bộ phận Một "
            "cửa để hướng dẫn, phục vụ hiệu quả tổ chức, cá nhân.",
            "Train the civil servants and public employees of the one-stop shop in online payment, so that they guide "
            "and serve organisations and individuals effectively."))),
    Topic("so-hoa-ho-so",
          "Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và tái sử dụng dữ liệu số {where}",
          "Stepping up digitisation of application records and results, and reuse of digital data, {where}",
          (Goal("ty-le-so-hoa-ho-so-ket-qua", ("đạt", "từ"), (90, 95, 100)),
           Goal("ty-le-tai-su-dung-du-lieu", ("từ", "ít nhất"), (40, 50, 60)),
           Goal("ty-le-cap-ket-qua-dien-tu", ("đạt", "đạt từ"), (90, 100))),
          (("Tổ chức số hóa 100% thành phần hồ sơ, kết quả giải quyết thủ tục hành chính theo đúng quy định, bảo đảm "
            "dữ liệu số được cập nhật đầy đủ, chính xác, đồng bộ và an toàn.",
            "Digitise 100% of the application components and results of administrative procedures as required, "
            "making sure the digital data are complete, accurate, consistent and secure."),
           ("Khai thác hiệu quả dữ liệu dân cư, dữ liệu hộ tịch điện tử và dữ liệu đã số hóa để giảm thành phần hồ "
            "sơ, không yêu cầu người dân cung cấp lại giấy tờ đã có trên hệ thống.",
            "Make effective use of population data, electronic civil-status data and digitised data to reduce the "
            "papers an application needs, and never ask citizens again for papers already in the system."),
           ("Chuẩn hóa, làm sạch dữ liệu; rà soát, bổ sung thông tin còn thiếu nhằm nâng cao chất lượng cơ sở dữ "
            "liệu phục vụ giải quyết thủ tục hành chính.",
            "Standardise and clean the data, and add missing information, to improve the databases used in handling "
            "administrative procedures."))),
    Topic("hien-dai-hoa-mot-cua",
          "Hiện đại hóa Bộ phận Một cửa, nâng cao chất lượng giải quyết thủ tục hành chính {where}",
          "Modernising the one-stop shop and improving the handling of administrative procedures {where}",
          (Goal("ty-le-ho-so-dung-va-truoc-han", ("từ", "đạt từ", "trên"), (95, 98)),
           Goal("muc-do-hai-long", ("trên", "đạt từ"), (90, 95)),
           Goal("ty-le-tthc-niem-yet-cong-khai", ("đạt",), (100,))),
          (("Bố trí trụ sở, trang thiết bị của Bộ phận Một cửa bảo đảm khang trang, hiện đại; niêm yết công khai, đầy "
            "đủ, đúng quy định các thủ tục hành chính.",
            "Provide the one-stop shop with proper, modern premises and equipment, and post all administrative "
            "procedures publicly, in full and as required."),
           ("Giải quyết hồ sơ đúng và trước hạn; công khai xin lỗi khi để hồ sơ quá hạn; không để xảy ra tình trạng "
            "gây phiền hà, sách nhiễu.",
            "Resolve applications on or before their deadlines; apologise publicly for any late application; allow "
            "no trouble or harassment."),
           ("Lấy ý kiến đánh giá sự hài lòng của người dân, tổ chức sau mỗi lần giải quyết thủ tục hành chính và "
            "khắc phục kịp thời các điểm chưa hài lòng.",
            "Ask citizens and organisations to rate their satisfaction after each procedure, and promptly fix what "
            "they are not satisfied with."))),
    Topic("ho-tro-nguoi-dan",
          "Hướng dẫn, hỗ trợ người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến theo phương châm “cầm tay chỉ "
          "việc” {where}",
          "Guiding and supporting citizens and businesses hands-on (\"cầm tay chỉ việc\") to use online public "
          "services {where}",
          (Goal("ty-le-nguoi-dan-duoc-huong-dan-dvctt", ("đạt",), (100,)),
           Goal("ty-le-nguoi-dan-tu-nop-truc-tuyen", ("ít nhất", "tối thiểu"), (70, 80, 90)),
           Goal("ty-le-cbcc-ho-tro-cam-tay-chi-viec", ("đạt",), (100,)),
           Goal("so-lan-tuyen-truyen-moi-thon", ("ít nhất", "tối thiểu"), (1, 2, 4), per_month=True)),
          (("Tuyên truyền sâu rộng về lợi ích của dịch vụ công trực tuyến qua hệ thống truyền thanh cơ sở, Trang "
            "thông tin điện tử, mạng xã hội, nhóm Zalo cộng đồng và tờ rơi tại Bộ phận Một cửa.",
            "Raise wide awareness of the benefits of online public services through the local loudspeaker system, "
            "the website, social networks, community Zalo groups and leaflets at the one-stop shop."),
           ("Phát huy vai trò của Tổ công nghệ số cộng đồng trong hướng dẫn người dân cài đặt, kích hoạt tài khoản "
            "định danh điện tử VNeID và nộp hồ sơ trực tuyến.",
            "Make the most of the community digital technology teams in helping citizens install and activate their "
            "VNeID electronic identification accounts and submit applications online."),
           ("Ưu tiên hỗ trợ người cao tuổi, người khuyết tật và người yếu thế tiếp cận dịch vụ công trực tuyến.",
            "Give priority to helping the elderly, people with disabilities and vulnerable people use online public "
            "services."))),
    Topic("ky-luat-ky-cuong",
          "Siết chặt kỷ luật, kỷ cương hành chính, xây dựng văn hóa công sở {where}",
          "Tightening administrative discipline and building office culture {where}",
          (Goal("ty-le-cbcc-chap-hanh-ky-luat", ("đạt",), (100,)),
           Goal("ty-le-phan-anh-kien-nghi-duoc-giai-quyet", ("đạt", "từ"), (95, 100)),
           Goal("muc-do-hai-long", ("trên", "từ"), (85, 90, 95))),
          (("Thực hiện nghiêm kỷ luật, kỷ cương hành chính, văn hóa công sở; thực hiện tốt phương châm “4 xin, 4 "
            "luôn” trong giao tiếp với tổ chức, công dân.",
            "Strictly observe administrative discipline and office culture, and follow the \"four pleases, four "
            "always\" code of conduct with organisations and citizens."),
           ("Tiếp nhận, xử lý kịp thời, đúng quy định các phản ánh, kiến nghị của người dân, doanh nghiệp về thủ tục "
            "hành chính; công khai kết quả xử lý.",
            "Receive and handle citizens' and businesses' feedback and petitions on administrative procedures "
            "promptly and as required, and publish how they were handled."),
           ("Kiểm tra đột xuất việc chấp hành giờ giấc, thái độ phục vụ của cán bộ, công chức tại Bộ phận Một cửa.",
            "Carry out unannounced checks on the punctuality and the attitude of the officials at the one-stop "
            "shop."))),
    Topic("dich-vu-cong-toan-trinh",
          "Triển khai dịch vụ công trực tuyến toàn trình và cấp kết quả giải quyết thủ tục hành chính điện tử {where}",
          "Deploying end-to-end online public services and issuing results of administrative procedures "
          "electronically {where}",
          (Goal("ty-le-tthc-toan-trinh-duoc-trien-khai", ("đạt", "đạt từ"), (90, 100)),
           Goal("ty-le-cap-ket-qua-dien-tu", ("từ", "trên"), (70, 80)),
           Goal("ty-le-ho-so-xu-ly-truc-tuyen", ("trên", "đạt từ"), (60, 80))),
          (("Rà soát, triển khai, hướng dẫn người dân thực hiện các thủ tục hành chính đủ điều kiện cung cấp dịch vụ "
            "công trực tuyến toàn trình đã được Chủ tịch UBND tỉnh công bố.",
            "Review, deploy and explain to citizens the procedures that the Chairperson of the provincial People's "
            "Committee has announced as eligible for end-to-end online service."),
           ("Cấp bản điện tử kết quả giải quyết thủ tục hành chính có giá trị pháp lý như bản giấy; lưu trữ kết quả "
            "trong kho dữ liệu của tổ chức, cá nhân.",
            "Issue electronic copies of the results of administrative procedures with the same legal value as paper "
            "ones, and store them in each citizen's and organisation's data store."),
           ("Phối hợp với doanh nghiệp viễn thông bảo đảm hạ tầng mạng, thiết bị phục vụ tiếp nhận hồ sơ trực tuyến.",
            "Work with telecommunications companies to keep the network and equipment for online applications "
            "running."))),
)

GOALS = (
    ("tạo động lực đẩy mạnh cải cách hành chính, chuyển đổi số trong giải quyết thủ tục hành chính",
     "drive administrative reform and digital transformation in handling administrative procedures"),
    ("nâng cao chất lượng phục vụ người dân, doanh nghiệp theo phương châm “lấy người dân và doanh nghiệp làm trung "
     "tâm phục vụ”", "improve the service to citizens and businesses on the principle of \"putting citizens and "
     "businesses at the centre of service\""),
    ("hoàn thành các chỉ tiêu cải cách hành chính năm {year} được giao",
     "meet the administrative reform targets assigned for {year}"),
    ("cải thiện Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) và Chỉ số cải cách hành chính (PAR Index)",
     "improve the satisfaction index of public administrative services (SIPAS) and the administrative reform "
     "index (PAR Index)"),
)
PURPOSES = (
    ("Tạo khí thế thi đua sôi nổi, huy động sự vào cuộc tích cực của cả hệ thống chính trị trong thực hiện nhiệm vụ "
     "cải cách hành chính.", "Build an active spirit of emulation and mobilise the whole political system for "
     "administrative reform."),
    ("Nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức, người lao động và người dân về vai trò của "
     "dịch vụ công trực tuyến.", "Raise the awareness and sense of responsibility of officials, public employees, "
     "workers and citizens about the role of online public services."),
    ("Phát hiện, biểu dương, nhân rộng các mô hình hay, cách làm hiệu quả, sáng tạo trong thực hiện phong trào.",
     "Find, praise and replicate good models and effective, creative practices in the movement."),
    ("Tạo điều kiện thuận lợi, tiết kiệm thời gian, chi phí cho người dân và doanh nghiệp khi thực hiện thủ tục hành "
     "chính.", "Make administrative procedures easier, faster and cheaper for citizens and businesses."),
    ("Góp phần hoàn thành thắng lợi các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội của địa phương.",
     "Help achieve the local socio-economic development goals and tasks."),
)
REQUIREMENTS = (
    ("Phong trào thi đua phải được triển khai đồng bộ, thiết thực, hiệu quả, phù hợp với tình hình thực tế, gắn với "
     "nhiệm vụ chính trị của cơ quan, đơn vị.", "The movement must be carried out in a coordinated, practical and "
     "effective way, suited to the actual situation and linked with the political tasks of each agency and unit."),
    ("Các chỉ tiêu thi đua phải cụ thể, lượng hóa được, bám sát các nhiệm vụ, kế hoạch được giao.",
     "The emulation targets must be specific, measurable and follow the assigned tasks and plans closely."),
    ("Việc bình xét, khen thưởng phải đúng đối tượng, đúng thành tích; công khai, công bằng, dân chủ.",
     "Reviews and commendations must reward the right people for the right achievements, openly, fairly and "
     "democratically."),
    ("Gắn kết quả thực hiện phong trào với đánh giá, xếp loại tập thể, cá nhân cuối năm.",
     "Link the results of the movement with the year-end assessment of collectives and individuals."),
)
SOLUTIONS = (
    ("Tăng cường công tác chỉ đạo, quán triệt mục đích, yêu cầu của phong trào thi đua đến từng cán bộ, công chức, "
     "viên chức.", "Step up direction and make the purposes and requirements of the movement clear to every "
     "official and public employee."),
    ("Định kỳ kiểm tra, đôn đốc, đánh giá kết quả thực hiện các chỉ tiêu; kịp thời tháo gỡ khó khăn, vướng mắc.",
     "Regularly check, urge and assess progress on the targets, and promptly remove difficulties and obstacles."),
    ("Đa dạng hóa hình thức tuyên truyền, lồng ghép trong các hội nghị, cuộc họp, sinh hoạt cộng đồng.",
     "Use varied channels of awareness-raising, and include it in conferences, meetings and community "
     "activities."),
    ("Kết thúc đợt thi đua tổ chức sơ kết, tổng kết, lựa chọn tập thể, cá nhân tiêu biểu để khen thưởng hoặc đề nghị "
     "cấp trên khen thưởng.", "At the end of the campaign, review it and select outstanding collectives and "
     "individuals to commend or to propose for commendation by a higher level."),
)
COLLECTIVE_CRITERIA = (
    ("Hoàn thành xuất sắc các nhiệm vụ được giao; đạt và vượt các chỉ tiêu thi đua của Kế hoạch này.",
     "Completed the assigned tasks excellently; met or exceeded the emulation targets of this plan."),
    ("Có giải pháp hiệu quả, cách làm sáng tạo trong tổ chức thực hiện phong trào thi đua.",
     "Has effective measures and creative practices in carrying out the movement."),
    ("Nội bộ đoàn kết; không có cán bộ, công chức bị xử lý kỷ luật trong thời gian thi đua.",
     "Is united internally; no official was disciplined during the campaign."),
    ("Không để xảy ra hồ sơ trễ hạn do nguyên nhân chủ quan.", "Let no application run late through its own fault."),
)
INDIVIDUAL_CRITERIA = (
    ("Gương mẫu, trách nhiệm, tận tụy trong thực hiện nhiệm vụ; tích cực hưởng ứng phong trào thi đua.",
     "Exemplary, responsible and dedicated in their duties; takes an active part in the movement."),
    ("Chủ động hướng dẫn, hỗ trợ người dân, doanh nghiệp theo phương châm “cầm tay chỉ việc”.",
     "Proactively guides and supports citizens and businesses hands-on (\"cầm tay chỉ việc\")."),
    ("Có sáng kiến, giải pháp được áp dụng hiệu quả trong cải cách hành chính, chuyển đổi số.",
     "Has initiatives or solutions applied effectively in administrative reform and digital transformation."),
    ("Hoàn thành tốt nhiệm vụ trở lên và được tập thể đánh giá cao.",
     "Completed their tasks well or better and is highly rated by their collective."),
)
DOSSIER_PARTS = (
    ("Tờ trình đề nghị khen thưởng của cơ quan, đơn vị.", "Nomination submission of the agency or unit.", ()),
    ("Biên bản họp xét của Hội đồng Thi đua - Khen thưởng cùng cấp.",
     "Minutes of the review meeting of the Emulation and Commendation Council at the same level.", ()),
    ("Báo cáo thành tích của tập thể, cá nhân theo mẫu ban hành kèm theo Nghị định số 98/2023/NĐ-CP.",
     "Achievement report of each collective or individual on the form issued with Decree No. 98/2023/NĐ-CP.",
     ("nd-98-2023",)),
    ("Tóm tắt thành tích của tập thể, cá nhân đề nghị khen thưởng.",
     "Summary of the achievements of the nominated collectives and individuals.", ()),
)
DUTIES = (
    ("Là đầu mối tham mưu triển khai Kế hoạch; theo dõi, tổng hợp kết quả thực hiện các chỉ tiêu thi đua và báo cáo "
     "theo quy định.", "Is the focal point for carrying out the plan; monitors and compiles the results against the "
     "targets and reports as required."),
    ("Tổ chức hướng dẫn, hỗ trợ người dân, doanh nghiệp thực hiện dịch vụ công trực tuyến, thanh toán trực tuyến.",
     "Guides and supports citizens and businesses in using online public services and online payment."),
    ("Đẩy mạnh tuyên truyền về phong trào thi đua trên Trang thông tin điện tử và hệ thống truyền thanh.",
     "Steps up awareness of the movement on the website and the loudspeaker system."),
    ("Tiếp nhận, thẩm định hồ sơ đề nghị khen thưởng, trình cấp có thẩm quyền xem xét, quyết định.",
     "Receives and appraises nomination dossiers and submits them to the competent authority for decision."),
    ("Căn cứ chức năng, nhiệm vụ được giao chủ động triển khai các nội dung của Kế hoạch.",
     "Carries out the contents of the plan according to its assigned functions and tasks."),
)
CLOSINGS = (
    ("Trên đây là Kế hoạch phát động phong trào thi đua; đề nghị các cơ quan, đơn vị tích cực hưởng ứng, triển khai "
     "thực hiện./.", "This is the plan launching the emulation movement; agencies and units are asked to respond to "
     "it and carry it out actively."),
    ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh kịp thời để được hướng dẫn./.",
     "Units report any difficulty in carrying out the plan promptly, so that they can be guided."),
)
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Ngô", "Dương", "Đặng", "Phan")
MIDDLE_NAMES = ("Văn", "Thị", "Đức", "Minh", "Thu", "Thanh", "Quang", "Ngọc", "Hữu", "Thùy")
GIVEN_NAMES = ("An", "Bình", "Hà", "Hương", "Lan", "Long", "Nam", "Phương", "Sơn", "Tuấn", "Trang", "Hùng",
               "Dũng", "Mai", "Linh", "Thảo", "Hiếu", "Yến")
POSITIONS = (("Công chức", "Civil servant"), ("Viên chức", "Public employee"),
             ("Phó Trưởng phòng", "Deputy Head of Division"), ("Trưởng phòng", "Head of Division"))


# --- Campaigns ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Timing:
    """When a campaign is issued, runs and takes nominations; which quarters it reports."""

    issued: dt.date
    starts: dt.date
    ends: str                      # a month (YYYY-MM) or a day, as plans write it
    last_day: dt.date
    opens: dt.date
    closes: dt.date
    forward_by: dt.date


# Ended (relative to TODAY), running and upcoming, three variants each: (issued, starts, ends).
TIMINGS = (
    ((2025, 7, 10), (2025, 8, 1), "2025-12"), ((2026, 2, 3), (2026, 6, 1), "2026-09"),
    ((2026, 9, 1), (2026, 9, 5), "2026-10-31"),
    ((2026, 1, 5), (2026, 2, 1), "2026-12"), ((2026, 6, 2), (2026, 7, 1), "2027-06"),
    ((2026, 3, 20), (2026, 4, 1), "2026-12-31"),
    ((2026, 10, 12), (2027, 1, 1), "2027-06"), ((2026, 11, 2), (2027, 1, 1), "2027-12"),
    ((2026, 11, 16), (2026, 12, 1), "2027-05-31"),
)


def timing(j: int, rng: random.Random) -> Timing:
    """Campaign j of a unit: ended, running or upcoming in turn, a variant per round of three."""
    issued, starts, ends = TIMINGS[(j % 3) * 3 + (j // 3) % 3]
    issued_day = dt.date(*issued) + dt.timedelta(days=rng.randint(0, 5))
    last = parse_partial_date(ends).last_day()
    opens = last + dt.timedelta(days=rng.randint(3, 10))
    closes = opens + dt.timedelta(days=rng.randint(7, 14))
    return Timing(issued_day, dt.date(*starts), ends, last, opens, closes, closes + dt.timedelta(days=7))


def quarters(t: Timing) -> list[tuple[int, int]]:
    """(year, quarter) of every quarter the campaign overlaps that ended on or before TODAY."""
    found: list[tuple[int, int]] = []
    year, quarter = t.starts.year, (t.starts.month - 1) // 3 + 1
    while True:
        end = month_end(year, quarter * 3)
        if end > TODAY or dt.date(year, quarter * 3 - 2, 1) > t.last_day:
            return found
        found.append((year, quarter))
        year, quarter = (year + 1, 1) if quarter == 4 else (year, quarter + 1)


@dataclass(frozen=True)
class SynthCampaign:
    id: str
    unit: SynthUnit
    record: Record
    timing: Timing
    targets: tuple[Goal, ...]


def pick(rng: random.Random, items: tuple[Any, ...], low: int, high: int) -> list[Any]:
    """Between `low` and `high` items, in their listed order (as a plan would list them)."""
    chosen = sorted(rng.sample(range(len(items)), rng.randint(low, min(high, len(items)))))
    return [items[i] for i in chosen]


def texts(pairs: list[tuple[str, str]]) -> list[Record]:
    return [text(vi, en) for vi, en in pairs]


def person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"


def make_campaigns(unit: SynthUnit, count: int, seed: int) -> list[SynthCampaign]:
    """A unit's campaigns: the topics in turn, from a different first topic per unit."""
    rng = random.Random(f"{seed}-unit-{unit.index}")
    campaigns, seen, implemented = [], set(), False
    for j in range(count):
        topic = TOPICS[(unit.index + j) % len(TOPICS)]
        t = timing(j, rng)
        cid = f"{t.starts.year}-{unit.short_id}-{topic.slug}"
        while cid in seen:
            cid += "-dot-2"
        seen.add(cid)
        targets = tuple(pick(rng, topic.goals, 2, 3))
        implements = not implemented and t.issued >= PROVINCIAL_PLAN_DATE and topic.slug in IMPLEMENTS
        implemented |= implements
        record = campaign_record(cid, unit, topic, targets, t, rng, implements)
        campaigns.append(SynthCampaign(cid, unit, record, t, targets))
    return campaigns


def campaign_record(cid: str, unit: SynthUnit, topic: Topic, targets: tuple[Goal, ...], t: Timing,
                    rng: random.Random, implements: bool) -> Record:
    year = t.starts.year
    theme = text(topic.theme_vi.format(where=unit.where_vi), topic.theme_en.format(where=unit.where_en))
    record: Record = {
        "id": cid,
        "document": document(unit, theme, t, rng),
        "theme": theme,
        "implements": [PROVINCIAL_PLAN] if implements else [],
        "preamble": [preamble(unit, theme, year, rng)],
        "purposes": texts(pick(rng, PURPOSES, 2, 3)),
        "requirements": texts(pick(rng, REQUIREMENTS, 2, 3)),
        "contents": texts(list(topic.contents)),
        "solutions": texts(pick(rng, SOLUTIONS, 2, 3)),
        "targets": [target(goal, rng) for goal in targets],
        "period": {"starts": t.starts.isoformat(), "ends": t.ends},
        "participants": participants(unit),
        "awards": awards(unit, rng),
        "dossiers": [dossier(rng)],
        "submissions": [submission(unit, t, rng)],
        "forwarding": [{"by": unit.sections[0][0], "to": PROVINCE,
                        "deadline": {"date": t.forward_by.isoformat(), "rule": "before"}}],
        "responsibilities": responsibilities(unit, rng),
        "reporting": reporting(unit, rng),
        "closing": texts([rng.choice(CLOSINGS)]),
        "published": min(t.issued + dt.timedelta(days=rng.randint(1, 6)), TODAY).isoformat(),
    }
    if not record["implements"]:
        del record["implements"]
    return record


def document(unit: SynthUnit, theme: Record, t: Timing, rng: random.Random) -> Record:
    signer_vi, signer_en = (("Phó ", "Vice ") if rng.random() < 0.5 else ("", ""))
    signatory: Record = {"position": text(f"{signer_vi}{unit.head_vi}", f"{signer_en}{unit.head_en}"),
                         "name": person(rng)}
    if signer_vi:
        signatory = {"signed_for": text(unit.head_vi, f"the {unit.head_en}"), **signatory}
    if not unit.is_department:
        signatory = {"on_behalf_of": text("Ủy ban nhân dân", "the People's Committee"), **signatory}
    return {
        "kind": "plan",
        "number": str(rng.randint(5, 350)) if rng.random() < 0.85 else None,
        "symbol": unit.symbol,
        "date": t.issued.isoformat() if rng.random() < 0.9 else t.issued.isoformat()[:7],
        "issuer": unit.id,
        "title": text(f"Kế hoạch phát động phong trào thi đua “{theme['vi']}” năm {t.starts.year}",
                      f"Plan launching the {t.starts.year} emulation movement \"{theme['en']}\""),
        "signatory": signatory,
        "recipients": [
            text("UBND tỉnh (b/c)", "Provincial People's Committee (for reporting)") | {"unit": PROVINCE},
            text("Sở Nội vụ (b/c)", "Department of Home Affairs (for reporting)"),
            *[text(vi, en) | {"unit": sid} for sid, vi, en in unit.sections[:2]],
            text("Lưu: VT.", "Filed: Records."),
        ],
    }


def preamble(unit: SynthUnit, theme: Record, year: int, rng: random.Random) -> Record:
    goal_vi, goal_en = rng.choice(GOALS)
    goal_vi, goal_en = goal_vi.format(year=year), goal_en.format(year=year)
    return text(
        f"Thực hiện Luật Thi đua, khen thưởng năm 2022 và Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ; "
        f"nhằm {goal_vi}, {unit.short_vi} ban hành Kế hoạch phát động phong trào thi đua “{theme['vi']}” năm {year} "
        f"với các nội dung sau:",
        f"Implementing the 2022 Law on Emulation and Commendation and Decree No. 98/2023/NĐ-CP of 31 December 2023 "
        f"of the Government, and in order to {goal_en}, the {unit.name_en} issues this plan launching the {year} "
        f"emulation movement \"{theme['en']}\", as follows:",
    )


def target(goal: Goal, rng: random.Random) -> Record:
    return {"indicator": goal.indicator, "comparison": rng.choice(goal.words), "value": rng.choice(goal.values)}


def participants(unit: SynthUnit) -> Record:
    return {
        "collective": [text(f"Các phòng, đơn vị thuộc {unit.short_vi}.",
                            f"The divisions and units of the {unit.name_en}.")],
        "individual": [text(f"Cán bộ, công chức, viên chức, người lao động đang công tác tại {unit.short_vi}.",
                            f"Officials, civil servants, public employees and workers of the {unit.name_en}.")],
    }


def awards(unit: SynthUnit, rng: random.Random) -> list[Record]:
    return [
        {"form": unit.award,
         "collective": {"rule": "all", "items": texts(pick(rng, COLLECTIVE_CRITERIA, 2, 3))},
         "individual": {"rule": "all", "items": texts(pick(rng, INDIVIDUAL_CRITERIA, 2, 3))},
         "dossier": "ho-so-de-nghi-khen-thuong"},
        {"form": PROVINCE_AWARD,
         "note": text("Lựa chọn tập thể, cá nhân có thành tích thật sự tiêu biểu, xuất sắc để đề nghị Chủ tịch UBND "
                      "tỉnh tặng Bằng khen.", "The most outstanding collectives and individuals are proposed to the "
                      "Chairperson of the provincial People's Committee for a Certificate of Merit."),
         "dossier": "ho-so-de-nghi-khen-thuong"},
    ]


def dossier(rng: random.Random) -> Record:
    parts = pick(rng, DOSSIER_PARTS, 2, 4)
    return {"id": "ho-so-de-nghi-khen-thuong",
            "name": text("Hồ sơ đề nghị khen thưởng", "Commendation nomination dossier"),
            "sets": rng.randint(1, 2),
            "components": [{"text": text(vi, en), **({"documents": list(docs)} if docs else {})}
                           for vi, en, docs in parts]}


def submission(unit: SynthUnit, t: Timing, rng: random.Random) -> Record:
    office_id, office_vi, office_en = unit.sections[0]
    return {
        "id": "nop-ho-so",
        "dossiers": ["ho-so-de-nghi-khen-thuong"],
        "to": office_id,
        "purpose": text("để tổng hợp, thẩm định", "to be compiled and appraised"),
        "opens": t.opens.isoformat(),
        "closes": {"date": t.closes.isoformat(), "rule": rng.choice(("through", "before"))},
        "channels": [
            {"kind": "in_person", "place": text(office_vi, office_en)},
            {"kind": "online", "name": text("Cổng Dịch vụ công tỉnh Bắc Ninh", "Bắc Ninh provincial public service "
                                            "portal"), "url": "https://dichvucong.bacninh.gov.vn"},
        ],
    }


def responsibilities(unit: SynthUnit, rng: random.Random) -> list[Record]:
    duties = list(DUTIES)
    rng.shuffle(duties)
    return [{"unit": sid, "duties": texts(duties[i:i + 2])} for i, (sid, _, _) in enumerate(unit.sections[:3])]


def reporting(unit: SynthUnit, rng: random.Random) -> Record:
    cadence = rng.choice((["quarterly", "yearly"], ["quarterly", "half_yearly", "yearly"]))
    return {"cadence": cadence, "to": unit.sections[0][0],
            "by": text("Các phòng, đơn vị liên quan", "The divisions and units concerned")}


# --- Results and decisions -------------------------------------------------------------------

HEADERS = {
    ",": "unit,indicator,period,value,numerator,denominator,as_of,source",
    ";": "Đơn vị;Chỉ tiêu;Kỳ;Giá trị;Tử số;Mẫu số;Ngày số liệu;Nguồn",
}


def result_tables(c: SynthCampaign, names: dict[str, str], seed: int) -> dict[str, bytes]:
    """One CSV per reported quarter: every section of the unit on every target. Half use Vietnamese headers."""
    rng = random.Random(f"{seed}-results-{c.id}")
    delimiter = ";" if c.unit.index % 2 else ","
    tables = {}
    for year, quarter in quarters(c.timing):
        as_of = month_end(year, quarter * 3).isoformat()
        rows = [HEADERS[delimiter]]
        for sid, _, _ in c.unit.sections:
            unit = names[sid] if delimiter == ";" else sid
            for goal in c.targets:
                rows.append(delimiter.join([unit, goal.indicator, f"{year}-Q{quarter}", *figure(goal, rng, delimiter),
                                            as_of, "Báo cáo của đơn vị"]))
        tables[f"ket-qua-{year}-q{quarter}.csv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return tables


def figure(goal: Goal, rng: random.Random, delimiter: str) -> list[str]:
    """value, numerator, denominator: a count per month, or a rate as numerator / denominator."""
    if goal.per_month:
        value = f"{rng.randint(1, 12) / 2:.1f}"
        return [value.replace(".", ",") if delimiter == ";" else value, "", ""]
    denominator = rng.randint(40, 1600)
    numerator = min(denominator, round(denominator * rng.uniform(0.55, 1.02)))
    thousands = "." if delimiter == ";" else ""          # "1.058" as Vietnamese spreadsheets write it
    return ["", f"{numerator:,}".replace(",", thousands), f"{denominator:,}".replace(",", thousands)]


def decisions(unit: SynthUnit, campaigns: list[SynthCampaign], seed: int) -> list[Record]:
    """A Certificate of Commendation for every ended campaign; the province's Certificate of Merit for some."""
    rng = random.Random(f"{seed}-decisions-{unit.index}")
    found = []
    for c in campaigns:
        if c.timing.last_day >= TODAY:
            continue
        day = c.timing.forward_by + dt.timedelta(days=rng.randint(5, 20))
        if day > TODAY:
            continue                                    # not decided yet
        found.append({"id": f"qd-{c.id}", "campaign": c.id, "number": f"{rng.randint(10, 400)}/QĐ-{unit.symbol[3:]}",
                      "date": day.isoformat(), "issuer": unit.id, "award_form": unit.award,
                      "recipients": recipients(unit, rng)})
        if rng.random() < 0.2 and day + dt.timedelta(days=10) <= TODAY:
            found.append({"id": f"qd-tinh-{c.id}", "campaign": c.id, "number": f"{rng.randint(100, 2500)}/QĐ-UBND",
                          "date": (day + dt.timedelta(days=10)).isoformat(), "issuer": PROVINCE,
                          "award_form": PROVINCE_AWARD, "recipients": recipients(unit, rng)[:1]})
    return found


def recipients(unit: SynthUnit, rng: random.Random) -> list[Record]:
    sections = pick(rng, unit.sections, 1, 2)
    found: list[Record] = [{"kind": "collective", "unit": sid, "citation": text(
        "Hoàn thành xuất sắc các chỉ tiêu thi đua.", "Completed the emulation targets excellently.")}
        for sid, _, _ in sections]
    for _ in range(rng.randint(1, 2)):
        sid, _, _ = rng.choice(unit.sections)
        vi, en = rng.choice(POSITIONS)
        found.append({"kind": "individual", "unit": sid, "name": person(rng), "position": text(vi, en)})
    return found


# --- Writing --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Province:
    """What `write_province` wrote."""

    units: int
    campaigns: int
    with_results: int
    result_files: int
    decisions: int
    campaign_ids: tuple[str, ...]


def dump(data: Record) -> bytes:
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120, default_flow_style=False)
    return ("# Dữ liệu mô phỏng cho đo hiệu năng / Synthetic data for benchmarks (tests/benchmarks/synthetic.py)\n"
            + body).encode("utf-8")


def province_files(units: int, campaigns: int, seed: int) -> Iterator[tuple[str, bytes, int]]:
    """(path under campaigns/, content, decisions in it) of every file of the province, in a fixed order."""
    made = make_units(units, seed)
    yield f"registry/{REGISTRY_FILE}", dump(registry(made)), 0
    names = {sid: vi for u in made for sid, vi, _ in u.sections}
    for unit in made:
        unit_campaigns = make_campaigns(unit, campaigns, seed)
        for c in unit_campaigns:
            yield f"plans/{c.id}.yaml", dump(c.record), 0
            for name, table in result_tables(c, names, seed).items():
                yield f"results/{c.id}/{name}", table, 0
        found = decisions(unit, unit_campaigns, seed)
        if found:
            yield f"decisions/{unit.short_id}.yaml", dump({"decisions": found}), len(found)


def write_province(project: Project, units: int, campaigns: int, seed: int = SEED,
                   url: str | None = None) -> Province:
    """Write the synthetic province into `project` (a copy of the shipped one); optionally set its public URL."""
    ids: list[str] = []
    results: set[str] = set()
    counts = {"results": 0, "decisions": 0}
    for path, content, decided in province_files(units, campaigns, seed):
        target = project.content_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        kind = path.split("/", 1)[0]
        if kind == "plans":
            ids.append(Path(path).stem)
        elif kind == "results":
            results.add(path.split("/")[1])
            counts["results"] += 1
        counts["decisions"] += decided
    if url is not None:
        set_url(project, url)
    return Province(units, len(ids), len(results), counts["results"], counts["decisions"], tuple(ids))


def set_url(project: Project, url: str) -> None:
    site = project.content_dir / "site.yaml"
    content = re.sub(r"(?m)^url: .*$", f"url: {url}", site.read_text(encoding="utf-8"), count=1)
    site.write_text(content, encoding="utf-8")


def has_results(j: int) -> bool:
    """Whether a unit's campaign j has results on TODAY (it has started): see TIMINGS."""
    return bool(quarters(timing(j, random.Random(0))))


def synthetic_pages(units: int, campaigns: int) -> int:
    """Pages per language that `write_province(units, campaigns)` adds to the shipped project's."""
    return units * sum(2 + has_results(j) for j in range(campaigns))


def record_pages(paths: list[str]) -> list[str]:
    """The pages counted by `pages_per_language`: not the further pages of a split list, nor the lists by
    issuing unit or of campaigns implementing a document (their number depends on the date and page sizes), nor
    the units' own pages (one per unit with figures, commendations or campaigns)."""
    return [p for p in paths if "/trang/" not in p
            and not p.startswith((f"{IMPLEMENTING_DIR}/", f"{UNITS_DIR}/", f"{UNIT_PAGES_DIR}/"))]


def pages_per_language(project: Project) -> int:
    """Pages the generator makes per language, counted from the input files alone (see `record_pages`).

    Fixed pages (home, list, glossary, calendar, results index, honours) and the hand-written ones;
    per campaign its page and its print page; a results page per campaign with a results folder.
    """
    handwritten = len(list((project.pages_dir / "vi").glob("*.md")))
    plans = len(list((project.content_dir / "plans").glob("*.yaml")))
    folders = [project.content_dir / "results"]
    if re.search(r"(?m)^illustrative_data: true", (project.content_dir / "site.yaml").read_text(encoding="utf-8")):
        folders.append(project.content_dir / "illustrative" / "results")
    results = {p.name for folder in folders if folder.is_dir() for p in folder.iterdir() if p.is_dir()}
    return GENERATED_FIXED_PAGES + handwritten + 2 * plans + len(results)
