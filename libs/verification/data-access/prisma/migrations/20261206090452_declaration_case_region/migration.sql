-- AlterTable
ALTER TABLE "DeclarationCase" ADD COLUMN     "region" TEXT;
