-- AlterTable
ALTER TABLE "Dossier" ADD COLUMN     "titleName" TEXT;
