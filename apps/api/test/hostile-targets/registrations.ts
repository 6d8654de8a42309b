// The unit's own plan and the registration form: every argument fuzzed; none of these inputs can
// succeed (an item or registration that does not exist, a file that does not exist, a lead unit not
// of the year).
import { hostile, type Target } from "./kit.js";

const office = () => hostile.cookies.office ?? "";
const justice = () => hostile.cookies.justice ?? "";
const FIELDS = "__typename ... on Error { code message }";

export const REGISTRATION_TARGETS: Record<string, Target> = {
  submitUnitPlan: {
    document: `mutation($input: SubmitUnitPlanInput!) { submitUnitPlan(input: $input) { ${FIELDS} } }`,
    cookie: justice,
    base: () => ({
      yearId: hostile.ids.year,
      unitId: hostile.ids.unit,
      documentNumber: "05/KH-PTP",
      issuedOn: "2021-02-10",
      fileId: "khong-co-tep",
      version: 999_999,
    }),
  },
  saveRegistrationItem: {
    document: `mutation($input: SaveRegistrationItemInput!) { saveRegistrationItem(input: $input) { ${FIELDS} } }`,
    cookie: justice,
    base: () => ({
      yearId: hostile.ids.year,
      unitId: hostile.ids.unit,
      id: "khong-co-noi-dung",
      version: 999_999,
      content: "Kiểm thử",
      resultProduct: "Kiểm thử",
      startDate: "2021-03-01",
      endDate: "2021-06-30",
      leadUnitId: "khong-co-don-vi",
      coordinatingUnitIds: [],
      budgetVnd: "1000000",
      note: null,
    }),
  },
  deleteRegistrationItem: {
    document: `mutation($input: DeleteRegistrationItemInput!) { deleteRegistrationItem(input: $input) { ${FIELDS} } }`,
    cookie: justice,
    base: () => ({ id: "khong-co-noi-dung", version: 999_999 }),
  },
  moveRegistrationItem: {
    document: `mutation($input: MoveRegistrationItemInput!) { moveRegistrationItem(input: $input) { ${FIELDS} } }`,
    cookie: justice,
    base: () => ({ id: "khong-co-noi-dung", version: 999_999, direction: "UP" }),
  },
  submitRegistration: {
    document: `mutation($input: SubmitRegistrationInput!) { submitRegistration(input: $input) { ${FIELDS} } }`,
    cookie: justice,
    base: () => ({ id: "khong-co-ban-dang-ky", version: 999_999, preparerName: "A", headName: "B" }),
  },
  acceptRegistration: {
    document: `mutation($input: ReviewRegistrationInput!) { acceptRegistration(input: $input) { ${FIELDS} } }`,
    cookie: office,
    base: () => ({ id: "khong-co-ban-dang-ky", version: 999_999, comment: "Đồng ý" }),
  },
  returnRegistration: {
    document: `mutation($input: ReviewRegistrationInput!) { returnRegistration(input: $input) { ${FIELDS} } }`,
    cookie: office,
    base: () => ({ id: "khong-co-ban-dang-ky", version: 999_999, comment: "Bổ sung" }),
  },
};
