import type { ClassificationTier } from './types';

/** The sample's five tiers: Xuất sắc ≥ 90; Tốt 80–<90; Khá 70–<80; Trung bình 50–<70; Yếu < 50. */
export const DEFAULT_TIERS: ClassificationTier[] = [
  { code: 'XUAT_SAC', nameVi: 'Xuất sắc', nameEn: 'Excellent', minPercent: 90 },
  { code: 'TOT', nameVi: 'Tốt', nameEn: 'Good', minPercent: 80 },
  { code: 'KHA', nameVi: 'Khá', nameEn: 'Fair', minPercent: 70 },
  { code: 'TRUNG_BINH', nameVi: 'Trung bình', nameEn: 'Average', minPercent: 50 },
  { code: 'YEU', nameVi: 'Yếu', nameEn: 'Weak', minPercent: 0 },
];
