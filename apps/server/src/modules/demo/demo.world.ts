// What the demo seed made, handed to the modules that add their own demo records (classes,
// the cascade, mentors) through their services.
export interface DemoWorld {
  provinceId: number;
  /** Demo communes: Phan Đình Phùng (the officer's), Tân Cương, Phổ Yên. */
  communes: { phanDinhPhung: number; tanCuong: number; phoYen: number };
  /** Demo accounts by login ("giangvien@lantoa.demo" …): their person and account ids. */
  accounts: Record<string, { personId: string; accountId: string }>;
  /** The campaign office's account id (the actor of officer-made records). */
  officerAccountId: string;
}
