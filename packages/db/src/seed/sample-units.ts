// The units of the sample year, named exactly as the 2021 Phước Long plan names them.
export interface SampleUnitType {
  code: string;
  nameVi: string;
  nameEn: string;
  scored: boolean;
}

export interface SampleUnit {
  code: string;
  name: string;
  shortName: string;
  type: string;
}

export const SAMPLE_AUTHORITY = {
  code: "phuoc-long",
  name: "UBND thị xã Phước Long",
  headerName: "UBND THỊ XÃ PHƯỚC LONG",
  place: "Phước Long",
  level: "town",
} as const;

/**
 * Unit types. The sample framework scores "phong" (specialised offices and equivalents, which its
 * own definition says includes Trung tâm y tế) and "xa" (ward and commune committees). Vertical
 * agencies receive tasks in the plan but are not scored by default (a setting per type and year).
 */
export const SAMPLE_UNIT_TYPES: SampleUnitType[] = [
  {
    code: "phong",
    nameVi: "Phòng chuyên môn và tương đương",
    nameEn: "Specialised offices and equivalents",
    scored: true,
  },
  { code: "xa", nameVi: "UBND xã, phường", nameEn: "Ward and commune People's Committees", scored: true },
  { code: "nganh_doc", nameVi: "Cơ quan ngành dọc", nameEn: "Vertical agencies", scored: false },
];

export const SAMPLE_UNITS: SampleUnit[] = [
  { code: "tu-phap", name: "Phòng Tư pháp", shortName: "Tư pháp", type: "phong" },
  { code: "vp-hdnd-ubnd", name: "Văn phòng Cấp ủy-HĐND&UBND thị xã", shortName: "VP Cấp ủy-HĐND&UBND", type: "phong" },
  { code: "noi-vu", name: "Phòng Nội vụ-Lao động, Thương binh và Xã hội", shortName: "Nội vụ-LĐTBXH", type: "phong" },
  { code: "tai-chinh", name: "Phòng Tài chính-Kế hoạch", shortName: "Tài chính-Kế hoạch", type: "phong" },
  { code: "van-hoa", name: "Phòng Văn hóa và Thông tin", shortName: "Văn hóa và Thông tin", type: "phong" },
  { code: "giao-duc", name: "Phòng Giáo dục và Đào tạo", shortName: "Giáo dục và Đào tạo", type: "phong" },
  { code: "trung-tam-y-te", name: "Trung tâm y tế thị xã", shortName: "Trung tâm y tế", type: "phong" },
  { code: "cong-an", name: "Công an thị xã", shortName: "Công an", type: "nganh_doc" },
  { code: "chi-cuc-thue", name: "Chi cục thuế thị xã", shortName: "Chi cục thuế", type: "nganh_doc" },
  { code: "bhxh", name: "Bảo hiểm xã hội thị xã", shortName: "Bảo hiểm xã hội", type: "nganh_doc" },
  { code: "kho-bac", name: "Kho bạc nhà nước thị xã", shortName: "Kho bạc", type: "nganh_doc" },
  { code: "buu-dien", name: "Bưu điện thị xã", shortName: "Bưu điện", type: "nganh_doc" },
  { code: "long-phuoc", name: "UBND phường Long Phước", shortName: "P. Long Phước", type: "xa" },
  { code: "long-thuy", name: "UBND phường Long Thủy", shortName: "P. Long Thủy", type: "xa" },
  { code: "phuoc-binh", name: "UBND phường Phước Bình", shortName: "P. Phước Bình", type: "xa" },
  { code: "son-giang", name: "UBND phường Sơn Giang", shortName: "P. Sơn Giang", type: "xa" },
  { code: "thac-mo", name: "UBND phường Thác Mơ", shortName: "P. Thác Mơ", type: "xa" },
  { code: "long-giang", name: "UBND xã Long Giang", shortName: "X. Long Giang", type: "xa" },
  { code: "phuoc-tin", name: "UBND xã Phước Tín", shortName: "X. Phước Tín", type: "xa" },
];

/**
 * Groups the plan writes instead of a unit name. "every" expands to every unit of the authority
 * (except the task's lead); "related" names no fixed set, so no unit is linked and the label stays.
 */
export const UNIT_GROUPS: Record<string, "every" | "related"> = {
  "Các cơ quan, đơn vị và UBND các xã, phường": "every",
  "Các cơ quan, đơn vị có liên quan.": "related",
};
